/**
 * For tests: the parts of a Markdown text that a GitHub-flavoured renderer would turn into a link,
 * an image or HTML, judged without a renderer. A character counts as escaped when an odd number of
 * backslashes stands before it. Returns what it found, e.g. ['[ at 0', 'https: at 12'].
 */
export function liveMarkup(markdown: string): string[] {
  const found: string[] = []
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!
    if ((c === '[' || c === ']' || c === '<') && !isEscaped(markdown, i)) found.push(`${c} at ${i}`)
  }
  for (const match of markdown.matchAll(/(https?|ftp|mailto|xmpp):/gi)) found.push(`${match[0]} at ${match.index}`)
  for (const match of markdown.matchAll(/(?<![\p{L}\p{N}])www\./giu)) found.push(`${match[0]} at ${match.index}`)
  return found
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0
  for (let j = index - 1; j >= 0 && text[j] === '\\'; j--) backslashes++
  return backslashes % 2 === 1
}

/** What people (or attackers) type that GitHub-flavoured Markdown would turn into a link, an image or HTML. */
export const HOSTILE_TEXTS = [
  '[click me](javascript:alert(1))',
  '![](http://evil.example/pixel.png)',
  '![tracking pixel](https://evil.example/p.gif "title")',
  '<http://evil.example>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x][1]\n\n[1]: javascript:alert(1)',
  'log in at https://evil.example/login now',
  'see www.evil.example',
  'mail mailto:boss@evil.example',
  '\\[x](javascript:alert(1))',
  '\\![](http://evil.example/a.png)',
  '[x]\\(javascript:alert(1))',
]
