import type { Scope } from '../expressions'
import type { RawBlock } from '../sources/parsed-module'
import type { TfValue } from '../types'
import { evaluateRaw, type Place } from './evaluate-raw'
import type { EvaluationRun } from './run'
import { isSecretName } from '../secret-names'
import { holdsSecret } from './secrets'
import { convertToType, isComplexType, readTypeConstraint } from './type-constraint'

/** Where a variable's value comes from, strongest first: `-var`, a `.tfvars` file, a module call's argument. */
export type VariableInput =
  | { from: 'cli'; text: string }
  | { from: 'file'; raw: unknown; file: string }
  | { from: 'argument'; raw: unknown; scope: Scope; place: Place }

/** Nothing to refer to: `.tfvars` values and defaults are constants. */
const CONSTANT_SCOPE: Scope = { lookup: () => undefined }

/**
 * A variable's value: the input given, else its default, converted to its type. A variable with
 * neither gets an unknown and a note, never a made-up value. A secret (`sensitive = true`, or a
 * name such as `db_password`) keeps no value at all: the result holds an unknown in its place.
 * `module` is the calling module's address (`module.db`), absent at the root.
 */
export function variableValue(run: EvaluationRun, name: string, block: RawBlock, input: VariableInput | undefined, module?: string): TfValue {
  const place: Place = { ...(module ? { address: module } : {}), where: block.where }
  const type = readTypeConstraint(block.body.type)
  let value: TfValue
  if (input?.from === 'cli') {
    value = isComplexType(type) ? evaluateRaw(run, `\${${input.text}}`, CONSTANT_SCOPE, place) : input.text
  } else if (input?.from === 'file') {
    value = evaluateRaw(run, input.raw, CONSTANT_SCOPE, { where: { file: input.file } })
  } else if (input?.from === 'argument') {
    value = evaluateRaw(run, input.raw, input.scope, input.place)
  } else if ('default' in block.body) {
    value = evaluateRaw(run, block.body.default, CONSTANT_SCOPE, place)
  } else {
    run.note({ code: 'import.variable-without-value', params: { variable: name }, ...place })
    return { $unknown: 'missing-variable' }
  }
  const converted = convertToType(value, type)
  if ((block.body.sensitive === true || isSecretName(name)) && holdsSecret(converted)) {
    run.note({ code: 'import.secret-not-kept', params: { variable: name }, ...place })
    return { $unknown: 'missing-variable' }
  }
  return converted
}
