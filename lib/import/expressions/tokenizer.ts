/**
 * Reads HCL native-syntax tokens one at a time from a position, so a template's `${ … }` can hand
 * its inside to the expression parser and carry on after the closing brace.
 */
export type TokenType = 'ident' | 'number' | 'punct' | 'quote' | 'heredoc' | 'eof' | 'invalid'

export type Token = {
  type: TokenType
  text: string
  start: number
  end: number
  /** A newline (or a comment holding one) came between the previous token and this one. */
  newlineBefore: boolean
}

/** Longest first, so `==` wins over `=` and `...` over `.`. */
const PUNCTUATION = ['...', '==', '!=', '<=', '>=', '&&', '||', '=>', '+', '-', '*', '/', '%', '<', '>', '!', '=', '?', ':', ',', '.', '(', ')', '[', ']', '{', '}', '~']

const IDENT_START = /[\p{L}\p{Nl}_]/u
const IDENT_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_-]/u

/** ASCII first (nearly every name), Unicode classes only beyond it. */
function isIdentStart(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95
  return IDENT_START.test(c)
}

function isIdentContinue(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45
  return IDENT_CONTINUE.test(c)
}
const NUMBER = /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
const HEREDOC = /<<(-?)([\p{L}_][\p{L}\p{Nd}_-]*)\r?\n/uy

export function readToken(src: string, from: number): Token {
  let pos = from
  let newlineBefore = false
  for (;;) {
    const c = src[pos]
    if (c === '\n') {
      newlineBefore = true
      pos++
    } else if (c === ' ' || c === '\t' || c === '\r') {
      pos++
    } else if (c === '#' || (c === '/' && src[pos + 1] === '/')) {
      while (pos < src.length && src[pos] !== '\n') pos++
    } else if (c === '/' && src[pos + 1] === '*') {
      const close = src.indexOf('*/', pos + 2)
      const end = close < 0 ? src.length : close + 2
      if (src.slice(pos, end).includes('\n')) newlineBefore = true
      pos = end
    } else {
      break
    }
  }
  const token = (type: TokenType, end: number): Token => ({ type, text: src.slice(pos, end), start: pos, end, newlineBefore })
  if (pos >= src.length) return token('eof', pos)
  const c = src[pos] as string
  if (c === '"') return token('quote', pos + 1)
  if (c === '<' && src[pos + 1] === '<') {
    HEREDOC.lastIndex = pos
    const m = HEREDOC.exec(src)
    if (m) return token('heredoc', pos + m[0].length)
  }
  if (c >= '0' && c <= '9') {
    NUMBER.lastIndex = pos
    const m = NUMBER.exec(src)
    return token('number', pos + (m ? m[0].length : 1))
  }
  if (isIdentStart(c)) {
    let end = pos + c.length
    while (end < src.length && isIdentContinue(src[end] as string)) end++
    return token('ident', end)
  }
  for (const p of PUNCTUATION) {
    if (src.startsWith(p, pos)) return token('punct', pos + p.length)
  }
  return token('invalid', pos + 1)
}

/** What a heredoc token says: its closing marker and whether it strips indentation (`<<-`). */
export function heredocMarker(token: Token): { marker: string; flush: boolean } {
  const m = /^<<(-?)(.+?)\r?\n$/su.exec(token.text)
  return { marker: m?.[2] ?? '', flush: m?.[1] === '-' }
}
