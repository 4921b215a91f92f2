import type { TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { formatNumber, requireKnownDeep, toBool, toNumber, toStr } from '../values'

const VERB = /%([-+ #0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d+))?(?:\[(\d+)\])?([a-zA-Z%])/g
const MAX_WIDTH = 1000

/**
 * Terraform's `format` verbs (developer.hashicorp.com/terraform/language/functions/format): %v %#v
 * %t %b %d %o %x %X %e %E %f %g %G %s %q %%, with flags, width, precision and `%[n]` indexes.
 * Example: format("%-5s|%03d", "ab", 7) = "ab   |007".
 */
export function formatValue(spec: string, args: TfValue[]): string {
  let next = 0
  const out = spec.replace(VERB, (whole, flags: string, indexBefore?: string, widthText?: string, precisionText?: string, indexAfter?: string, verb?: string) => {
    if (verb === '%') return '%'
    const index = indexBefore ?? indexAfter
    if (index !== undefined) next = Number(index) - 1
    if (next < 0 || next >= args.length) throw new ExpressionEvalError(`format() has too few arguments for ${JSON.stringify(spec)}`)
    const value = args[next++] as TfValue
    const width = widthText === undefined ? 0 : Number(widthText)
    const precision = precisionText === undefined ? undefined : Number(precisionText)
    if (width > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH) throw new ExpressionEvalError(`format() widths and precisions go up to ${MAX_WIDTH}`)
    const text = formatOne(verb as string, flags, value, precision)
    return pad(text, width, flags, verb as string)
  })
  return out
}

function formatOne(verb: string, flags: string, value: TfValue, precision: number | undefined): string {
  requireKnownDeep(value)
  const sign = (n: number, s: string) => (n >= 0 && flags.includes('+') ? `+${s}` : n >= 0 && flags.includes(' ') ? ` ${s}` : s)
  switch (verb) {
    case 'v':
      if (flags.includes('#') || (typeof value === 'object' && value !== null)) return JSON.stringify(value)
      return value === null ? 'null' : toStr(value)
    case 's': {
      const s = toStr(value)
      return precision === undefined ? s : Array.from(s).slice(0, precision).join('')
    }
    case 'q':
      return JSON.stringify(toStr(value))
    case 't':
      return String(toBool(value))
    case 'd':
      return sign(toNumber(value), formatNumber(wholeNumber(value)))
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if (typeof value === 'string' && (verb === 'x' || verb === 'X') && !/^-?\d/.test(value)) {
        const hex = Array.from(new TextEncoder().encode(value), (b) => b.toString(16).padStart(2, '0')).join('')
        return verb === 'X' ? hex.toUpperCase() : hex
      }
      const n = wholeNumber(value)
      const text = Math.abs(n).toString(verb === 'b' ? 2 : verb === 'o' ? 8 : 16)
      return sign(n, `${n < 0 ? '-' : ''}${verb === 'X' ? text.toUpperCase() : text}`)
    }
    case 'e':
    case 'E': {
      const n = toNumber(value)
      const text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2')
      return sign(n, verb === 'E' ? text.toUpperCase() : text)
    }
    case 'f':
    case 'F': {
      const n = toNumber(value)
      return sign(n, n.toFixed(precision ?? 6))
    }
    case 'g':
    case 'G': {
      const n = toNumber(value)
      const text = precision === undefined ? String(n) : String(Number(n.toPrecision(Math.max(precision, 1))))
      return sign(n, verb === 'G' ? text.toUpperCase() : text)
    }
  }
  throw new ExpressionEvalError(`format() does not know the verb %${verb}`)
}

function wholeNumber(value: TfValue): number {
  const n = toNumber(value)
  if (!Number.isInteger(n)) throw new ExpressionEvalError(`%d needs a whole number, not ${n}`)
  return n
}

function pad(text: string, width: number, flags: string, verb: string): string {
  const length = Array.from(text).length
  if (length >= width) return text
  if (flags.includes('-')) return text + ' '.repeat(width - length)
  if (flags.includes('0') && verb !== 's' && verb !== 'q' && verb !== 'v' && verb !== 't') {
    const signed = /^[+\- ]/.test(text)
    return signed ? text[0] + '0'.repeat(width - length) + text.slice(1) : '0'.repeat(width - length) + text
  }
  return ' '.repeat(width - length) + text
}
