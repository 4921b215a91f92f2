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
      const n = wholeNumber(value)
      const text = Math.abs(n).toString(verb === 'b' ? 2 : verb === 'o' ? 8 : 16)
      return sign(n, `${n < 0 ? '-' : ''}${verb === 'X' ? text.toUpperCase() : text}`)
    }
    case 'e':
    case 'E': {
      const n = toNumber(value)
      const text = goExponent(roundHalfEven(n, precision ?? 6, 'e'))
      return sign(n, verb === 'E' ? text.toUpperCase() : text)
    }
    case 'f':
    case 'F': {
      const n = toNumber(value)
      return sign(n, roundHalfEven(n, precision ?? 6, 'f'))
    }
    case 'g':
    case 'G': {
      const n = toNumber(value)
      const text = `${n < 0 ? '-' : ''}${formatG(Math.abs(n), precision)}`
      return sign(n, verb === 'G' ? text.toUpperCase() : text)
    }
  }
  throw new ExpressionEvalError(`format() does not know the verb %${verb}`)
}

/**
 * toFixed / toExponential, but an exact tie rounds to the even digit as Go does (format("%.0f", 2.5)
 * is "2"); JavaScript rounds ties up.
 */
function roundHalfEven(n: number, digits: number, style: 'f' | 'e'): string {
  const round = (d: number) => (style === 'f' ? n.toFixed(d) : n.toExponential(d))
  if (Math.abs(n) >= 1e21 || digits > 75) return round(digits)
  const [mantissa = '', exponent] = round(digits + 25).split('e')
  const point = mantissa.indexOf('.')
  const cut = point + 1 + digits
  if (!/^50*$/.test(mantissa.slice(cut))) return round(digits)
  const kept = mantissa.slice(0, digits === 0 ? point : cut)
  if (Number(kept.at(-1)) % 2 !== 0) return round(digits)
  return exponent === undefined ? kept : `${kept}e${exponent}`
}

/** Go writes an exponent with at least two digits: 1.5e+03. */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2')
}

/**
 * Go's %g: the shortest digits (or `precision` significant ones), as an exponent when the
 * exponent is below -4 or at least the precision (6 for the shortest): format("%g", 1e8) = "1e+08".
 * `n` is not negative.
 */
function formatG(n: number, precision: number | undefined): string {
  const p = precision === undefined ? undefined : Math.max(precision, 1)
  const exponential = p === undefined ? n.toExponential() : roundHalfEven(n, p - 1, 'e')
  const [mantissa = '', exponentText = '0'] = exponential.split('e')
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0'
  const exponent = Number(exponentText)
  let limit = p ?? 6
  if (p !== undefined && limit > digits.length && digits.length >= exponent + 1) limit = digits.length
  if (exponent < -4 || exponent >= limit) return goExponent(`${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`)
  const point = exponent + 1
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length)
  return `${digits.slice(0, point)}.${digits.slice(point)}`
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
