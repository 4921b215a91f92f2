import { ExpressionEvalError } from '../errors'

/**
 * Terraform's patterns are RE2, which runs in linear time; JavaScript's RegExp backtracks. A
 * pattern is run only in the shapes that cannot explode: no back-references or look-arounds (RE2
 * has none), no repetition of a group that itself repeats or chooses (`(a+)+`, `(a|a)*`), and an
 * input short enough for the number of repetitions it holds (n^k steps stay under ~10^8). [1]
 */
const WORK_STEPS = 1e8
const MIN_INPUT_CHARS = 1_000

const UNBOUNDED = /(?:[*+]|\{\d+,\})/g
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  space: '\\t\\n\\v\\f\\r ',
  punct: '!-\\/:-@\\[-`{-~',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
}

/** An RE2 pattern as a JavaScript RegExp (`(?P<n>…)` → `(?<n>…)`, leading `(?i)` → the i flag, `\A` `\z`, POSIX classes). */
export function compileRe2(pattern: string, global: boolean): RegExp {
  if (/\\[1-9]/.test(pattern) || /\(\?<?[=!]/.test(pattern)) throw new ExpressionEvalError(`the pattern ${JSON.stringify(pattern)} uses back-references or look-arounds, which RE2 does not support`)
  if (repeatsAmbiguousGroup(pattern)) throw new ExpressionEvalError(`the pattern ${JSON.stringify(pattern)} repeats a group that repeats or chooses, which ArchDeck does not run offline (RE2 would, in linear time)`)
  let source = pattern
  let flags = global ? 'g' : ''
  const leading = /^\(\?([imsU]+)\)/.exec(source)
  if (leading) {
    source = source.slice(leading[0].length)
    for (const f of leading[1] as string) if (f !== 'U' && !flags.includes(f)) flags += f
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\[:(\w+):\]/g, (whole, name: string) => POSIX_CLASSES[name] ?? whole)
  try {
    return new RegExp(source, `${flags}u`)
  } catch {
    try {
      return new RegExp(source, flags)
    } catch (e) {
      throw new ExpressionEvalError(`the pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(e as Error).message}`)
    }
  }
}

/** Whether a group that holds a repetition or an alternation is itself repeated without bound. */
function repeatsAmbiguousGroup(pattern: string): boolean {
  // Per open group: whether it holds `*`, `+`, `{n,}` or `|` at any depth.
  const open: boolean[] = []
  let i = 0
  const unboundedAt = (at: number) => /^(?:[*+]|\{\d+,\})/.test(pattern.slice(at, at + 12))
  while (i < pattern.length) {
    const c = pattern[i]
    if (c === '\\') {
      i += 2
      continue
    }
    if (c === '[') {
      // A character class: its contents are literal; `]` right after `[` or `[^` belongs to it.
      i += pattern[i + 1] === '^' ? 2 : 1
      if (pattern[i] === ']') i++
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1
      i++
      continue
    }
    if (c === '(') open.push(false)
    else if (c === ')') {
      const ambiguous = open.pop() ?? false
      if (ambiguous && unboundedAt(i + 1)) return true
      if (ambiguous && open.length > 0) open[open.length - 1] = true
    } else if ((c === '|' || unboundedAt(i)) && open.length > 0) open[open.length - 1] = true
    i++
  }
  return false
}

/** Refuses an input long enough to make this pattern's backtracking slow. */
export function checkRegexInput(re: RegExp, input: string): void {
  const repeats = (re.source.match(UNBOUNDED) ?? []).length
  const limit = repeats <= 1 ? Infinity : Math.max(MIN_INPUT_CHARS, Math.floor(WORK_STEPS ** (1 / repeats)))
  if (input.length > limit) throw new ExpressionEvalError(`the text is too long (${input.length} characters) for this pattern offline (at most ${limit})`)
}

// [1] A hostile file could otherwise hang the server with regex("(a+)+$", "aaaa…b"). The
//     heuristics refuse a few patterns RE2 would run; Terraform's documented uses (parsing an ARN,
//     a version, a CIDR) pass.

/**
 * Every match as Go's regexp finds them (FindAll, ReplaceAll): an empty match right after the
 * previous match is skipped, so replace("abc", "/b*\/", "-") is "-a-c-" as in Terraform.
 */
export function* goMatches(re: RegExp, s: string): Generator<RegExpExecArray> {
  let pos = 0
  let previousEnd = -1
  while (pos <= s.length) {
    re.lastIndex = pos
    const m = re.exec(s)
    if (!m) return
    const end = m.index + m[0].length
    const accept = !(end === pos && m.index === previousEnd)
    if (end === pos) pos += (s.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1
    else pos = end
    previousEnd = end
    if (accept) yield m
  }
}

/** Go's Regexp.Expand: `$1`, `${1}`, `$name`, `${name}`, `$$`; a name is the longest run of word characters. */
export function expandReplacement(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:(\$)|\{(\w+)\}|(\w+))/g, (whole, dollar?: string, braced?: string, bare?: string) => {
    if (dollar) return '$'
    const name = (braced ?? bare) as string
    if (/^\d+$/.test(name)) return m[Number(name)] ?? ''
    return m.groups?.[name] ?? ''
  })
}
