import type { TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { shallowSize } from '../size'
import { requireKnown, setEntry, toInteger, toList, toStr } from '../values'
import { formatValue } from './format'
import { checkArity, checkLength, type TfFunction } from './function'
import { checkRegexInput, compileRe2, expandReplacement, goMatches } from './regex'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A string's characters as Terraform counts them: Unicode grapheme clusters. */
export function graphemes(s: string): string[] {
  return Array.from(segmenter.segment(s), (x) => x.segment)
}

const str = (args: TfValue[], i: number, what = 'the string') => toStr(args[i] as TfValue, what)

const oneString = (name: string, f: (s: string) => TfValue): TfFunction => (args) => {
  checkArity(name, args, 1)
  return f(str(args, 0))
}

const twoStrings = (name: string, f: (a: string, b: string) => TfValue): TfFunction => (args) => {
  checkArity(name, args, 2)
  return f(str(args, 0), str(args, 1))
}

/** The value of a regex match as Terraform returns it: the match, a list of groups, or a map of named groups. */
function matchValue(m: RegExpExecArray): TfValue {
  const named = m.groups ? Object.keys(m.groups).length : 0
  if (named > 0 && named < m.length - 1) throw new ExpressionEvalError('a pattern cannot mix named and unnamed capture groups')
  if (named > 0 && m.groups) {
    const out: Record<string, TfValue> = {}
    for (const [k, v] of Object.entries(m.groups)) setEntry(out, k, v ?? null)
    return out
  }
  if (m.length > 1) return m.slice(1).map((g) => g ?? null)
  return m[0]
}

/** Go's strings.Title, which Terraform's title() is: a letter after a separator (space, ASCII punctuation) goes upper case. */
function titleCase(s: string): string {
  let previous = ' '
  let out = ''
  for (const c of s) {
    out += isTitleSeparator(previous) ? perRune(c, (x) => x.toUpperCase(), 'keep') : c
    previous = c
  }
  return out
}

function isTitleSeparator(c: string): boolean {
  if (c.charCodeAt(0) <= 0x7f) return !/[0-9A-Za-z_]/.test(c)
  if (/[\p{L}\p{Nd}]/u.test(c)) return false
  return /\s/u.test(c)
}

/**
 * Case mapping one code point at a time, as Go maps runes: upper("ß") stays "ß" (not "SS") and
 * lower("İ") is "i" (not "i̇"), where JavaScript's mapping would grow the string.
 */
function perRune(s: string, map: (c: string) => string, whenLonger: 'keep' | 'first'): string {
  let out = ''
  for (const c of s) {
    const mapped = Array.from(map(c))
    out += mapped.length === 1 ? mapped[0] : whenLonger === 'first' ? mapped[0] : c
  }
  return out
}

/** Terraform's string functions (developer.hashicorp.com/terraform/language/functions, "String Functions"). */
export const stringFunctions: Record<string, TfFunction> = {
  chomp: oneString('chomp', (s) => s.replace(/(\r?\n)+$/, '')),
  lower: oneString('lower', (s) => perRune(s, (c) => c.toLowerCase(), 'first')),
  upper: oneString('upper', (s) => perRune(s, (c) => c.toUpperCase(), 'keep')),
  strrev: oneString('strrev', (s) => graphemes(s).reverse().join('')),
  title: oneString('title', titleCase),
  trimspace: oneString('trimspace', (s) => s.trim()),
  trimprefix: twoStrings('trimprefix', (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  trimsuffix: twoStrings('trimsuffix', (s, suffix) => (suffix !== '' && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s)),
  startswith: twoStrings('startswith', (s, prefix) => s.startsWith(prefix)),
  endswith: twoStrings('endswith', (s, suffix) => s.endsWith(suffix)),
  strcontains: twoStrings('strcontains', (s, part) => s.includes(part)),
  trim: twoStrings('trim', (s, cutset) => {
    const cut = new Set(graphemes(cutset))
    const chars = graphemes(s)
    let a = 0
    let b = chars.length
    while (a < b && cut.has(chars[a] as string)) a++
    while (b > a && cut.has(chars[b - 1] as string)) b--
    return chars.slice(a, b).join('')
  }),
  split: twoStrings('split', (separator, s) => s.split(separator)),
  replace: (args) => {
    checkArity('replace', args, 3)
    const [s, search, replacement] = [str(args, 0), str(args, 1, 'the substring'), str(args, 2, 'the replacement')]
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
      const re = compileRe2(search.slice(1, -1), true)
      checkRegexInput(re, s)
      let out = ''
      let last = 0
      for (const m of goMatches(re, s)) {
        out += s.slice(last, m.index) + expandReplacement(replacement, m)
        last = m.index + m[0].length
        checkLength(out)
      }
      return checkLength(out + s.slice(last))
    }
    // Go's strings.Replace: an empty substring matches before every character and at the end.
    const pieces = search === '' ? ['', ...Array.from(s), ...(s === '' ? [] : [''])] : s.split(search)
    checkLength('', s.length + (pieces.length - 1) * (replacement.length - search.length))
    return pieces.join(replacement)
  },
  regex: (args) => {
    checkArity('regex', args, 2)
    const re = compileRe2(str(args, 0, 'the pattern'), false)
    const s = str(args, 1)
    checkRegexInput(re, s)
    const m = re.exec(s)
    if (!m) throw new ExpressionEvalError(`the pattern did not match ${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)}`)
    return matchValue(m)
  },
  regexall: (args, ctx) => {
    checkArity('regexall', args, 2)
    const re = compileRe2(str(args, 0, 'the pattern'), true)
    const s = str(args, 1)
    checkRegexInput(re, s)
    const out: TfValue[] = []
    for (const m of goMatches(re, s)) {
      ctx.charge(1)
      out.push(matchValue(m))
    }
    return out
  },
  substr: (args) => {
    checkArity('substr', args, 3)
    const chars = graphemes(str(args, 0))
    let offset = toInteger(args[1] as TfValue, 'the offset')
    const length = toInteger(args[2] as TfValue, 'the length')
    if (offset < 0) offset = Math.max(0, chars.length + offset)
    if (offset > chars.length) throw new ExpressionEvalError(`the offset ${offset} is past the end of a ${chars.length}-character string`)
    return chars.slice(offset, length < 0 ? undefined : offset + length).join('')
  },
  indent: (args) => {
    checkArity('indent', args, 2)
    const spaces = toInteger(args[0] as TfValue, 'the number of spaces')
    if (spaces < 0 || spaces > 1000) throw new ExpressionEvalError(`indent() takes 0 to 1000 spaces, not ${spaces}`)
    const s = str(args, 1)
    checkLength('', s.length + spaces * (s.split('\n').length - 1))
    return s.replace(/\n/g, `\n${' '.repeat(spaces)}`)
  },
  join: (args, ctx) => {
    checkArity('join', args, 2, Infinity)
    const separator = str(args, 0, 'the separator')
    const parts: string[] = []
    for (const list of args.slice(1)) {
      for (const v of toList(list, 'a list to join')) {
        if (v === null) throw new ExpressionEvalError('join() cannot join a null element')
        parts.push(toStr(v, 'an element to join'))
      }
    }
    ctx.charge(parts.length)
    checkLength('', parts.reduce((n, p) => n + p.length, 0) + separator.length * Math.max(0, parts.length - 1))
    return parts.join(separator)
  },
  format: (args) => {
    checkArity('format', args, 1, Infinity)
    return checkLength(formatValue(str(args, 0, 'the format'), args.slice(1)))
  },
  /** formatlist: format per element; lists must have equal lengths, other arguments repeat. */
  formatlist: (args, ctx) => {
    checkArity('formatlist', args, 1, Infinity)
    const spec = str(args, 0, 'the format')
    const rest = args.slice(1)
    rest.forEach(requireKnown)
    const lengths = rest.filter(Array.isArray).map((l) => (l as TfValue[]).length)
    const n = lengths[0] ?? 1
    if (lengths.some((l) => l !== n)) throw new ExpressionEvalError('formatlist() needs lists of the same length')
    ctx.charge(n)
    const out: TfValue[] = []
    for (let i = 0; i < n; i++) {
      const line = checkLength(formatValue(spec, rest.map((a) => (Array.isArray(a) ? (a[i] as TfValue) : a))))
      ctx.charge(shallowSize(line))
      out.push(line)
    }
    return out
  },
}
