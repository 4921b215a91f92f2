import type { TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { shallowSize } from '../size'
import { unknownValue } from '../values'
import { collectionFunctions } from './collection'
import { encodingFunctions } from './encoding'
import type { FunctionContext, TfFunction } from './function'
import { networkFunctions } from './network'
import { numericFunctions } from './numeric'
import { stringFunctions } from './string'
import { typeFunctions } from './type'

export type { FunctionContext, TfFunction } from './function'

const FUNCTIONS: Record<string, TfFunction> = {
  ...numericFunctions,
  ...stringFunctions,
  ...collectionFunctions,
  ...encodingFunctions,
  ...networkFunctions,
  ...typeFunctions,
}

/** Functions that read files beside the configuration: an import has no file access while evaluating. */
const FILE_FUNCTIONS = new Set(['file', 'filebase64', 'templatefile', 'fileexists', 'fileset', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'filebase64sha256', 'filebase64sha512'])
/** Functions whose value Terraform itself only knows when it applies. */
const APPLY_TIME_FUNCTIONS = new Set(['timestamp', 'plantimestamp', 'uuid', 'bcrypt'])

/** The functions evaluated offline, for reports and tests. */
export const SUPPORTED_FUNCTIONS: readonly string[] = [...Object.keys(FUNCTIONS), 'try', 'can'].sort()

/**
 * Calls a Terraform function. One ArchDeck cannot run offline (file access, an unknown or
 * provider-defined name) gives TfUnknown('unsupported-function') and a note, never a crash.
 */
export function callFunction(name: string, args: TfValue[], ctx: FunctionContext): TfValue {
  if (APPLY_TIME_FUNCTIONS.has(name)) return unknownValue('computed')
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) && !FILE_FUNCTIONS.has(name) ? FUNCTIONS[name] : undefined
  if (!fn) {
    ctx.note('unsupported-function')
    return unknownValue('unsupported-function')
  }
  ctx.read(args)
  const result = fn(args, ctx)
  ctx.charge(shallowSize(result))
  // Terraform's numbers are arbitrary-precision; a result JavaScript cannot hold is refused, never Infinity.
  if (typeof result === 'number' && !Number.isFinite(result)) throw new ExpressionEvalError(`${name}() gives a number too large to hold`)
  return result
}
