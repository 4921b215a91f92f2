import type { TfObject, TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { MAX_NESTING_DEPTH } from '../limits'
import { formatNumber, requireKnownDeep, sortedKeys, toStr } from '../values'
import { checkArity, checkLength, type TfFunction } from './function'

/**
 * JSON as Terraform writes it: keys sorted, no spaces, and `<`, `>`, `&`, U+2028, U+2029 escaped
 * (developer.hashicorp.com/terraform/language/functions/jsonencode).
 */
export function encodeJson(v: TfValue): string {
  if (v === null || typeof v === 'boolean') return String(v)
  if (typeof v === 'number') return formatNumber(v)
  if (typeof v === 'string') return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (Array.isArray(v)) return `[${v.map(encodeJson).join(',')}]`
  return `{${sortedKeys(v as TfObject)
    .map((k) => `${encodeJson(k)}:${encodeJson((v as TfObject)[k] as TfValue)}`)
    .join(',')}}`
}

/** How deep JSON text nests, counted before parsing it (a hostile file must not blow the stack). */
function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth)
    else if (c === ']' || c === '}') depth--
  }
  return deepest
}

/** YAML as Terraform's yamlencode writes it: quoted strings, sorted keys, lists flush under their key. */
function encodeYaml(v: TfValue, indent: string): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]\n'
    return v.map((x) => `${indent}-${yamlChild(x, `${indent}  `, ' ')}`).join('')
  }
  if (typeof v === 'object' && v !== null) {
    const keys = sortedKeys(v as TfObject)
    if (keys.length === 0) return '{}\n'
    return keys.map((k) => `${indent}${JSON.stringify(k)}:${yamlChild((v as TfObject)[k] as TfValue, `${indent}  `, ' ', true)}`).join('')
  }
  return `${yamlScalar(v, indent)}\n`
}

/** A multi-line string as a literal block (`|-`, `|` or `|+` by its trailing newlines), as go-yaml writes it. */
function yamlBlock(s: string, indent: string): string {
  const trailing = /\n*$/.exec(s)?.[0].length ?? 0
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+'
  const body = trailing === 0 ? s : s.slice(0, -1)
  const contentIndent = indent === '' ? '  ' : indent
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${contentIndent}${line}`))
  return `|${chomp}\n${lines.join('\n')}`
}

function yamlChild(v: TfValue, indent: string, gap: string, underKey = false): string {
  const nonEmpty = (Array.isArray(v) && v.length > 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0)
  if (!nonEmpty) return `${gap}${encodeYaml(v, indent)}`
  // A list under a map key sits at the key's own indentation; a map inside a list starts on the dash's line.
  if (underKey) return `\n${encodeYaml(v, Array.isArray(v) ? indent.slice(2) : indent)}`
  const body = encodeYaml(v, indent)
  return `${gap}${body.slice(indent.length)}`
}

function yamlScalar(v: TfValue, indent: string): string {
  if (v === null) return 'null'
  if (typeof v === 'string' && v.includes('\n') && !/[\r\t]/.test(v)) return yamlBlock(v, indent)
  if (typeof v === 'string') return JSON.stringify(v)
  return typeof v === 'number' ? formatNumber(v) : String(v)
}

function utf8ToBase64(s: string): string {
  let binary = ''
  for (const b of new TextEncoder().encode(s)) binary += String.fromCharCode(b)
  return btoa(binary)
}

export const encodingFunctions: Record<string, TfFunction> = {
  jsonencode: (args) => {
    checkArity('jsonencode', args, 1)
    requireKnownDeep(args[0] as TfValue)
    return checkLength(encodeJson(args[0] as TfValue))
  },
  jsondecode: (args, ctx) => {
    checkArity('jsondecode', args, 1)
    const text = toStr(args[0] as TfValue, 'the JSON text')
    ctx.charge(Math.ceil(text.length / 10))
    if (jsonDepth(text) > MAX_NESTING_DEPTH) throw new ExpressionEvalError(`the JSON nests deeper than ${MAX_NESTING_DEPTH} levels`)
    try {
      return JSON.parse(text) as TfValue
    } catch (e) {
      throw new ExpressionEvalError(`jsondecode() cannot read the text: ${(e as Error).message}`)
    }
  },
  yamlencode: (args) => {
    checkArity('yamlencode', args, 1)
    requireKnownDeep(args[0] as TfValue)
    return checkLength(encodeYaml(args[0] as TfValue, ''))
  },
  base64encode: (args) => {
    checkArity('base64encode', args, 1)
    return checkLength(utf8ToBase64(toStr(args[0] as TfValue)))
  },
  base64decode: (args) => {
    checkArity('base64decode', args, 1)
    const text = toStr(args[0] as TfValue)
    try {
      const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new ExpressionEvalError('base64decode() needs Base64 text of UTF-8 characters')
    }
  },
  urlencode: (args) => {
    checkArity('urlencode', args, 1)
    // Go's url.QueryEscape: only letters, digits and -_.~ stay; a space becomes "+".
    return encodeURIComponent(toStr(args[0] as TfValue))
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+')
  },
}
