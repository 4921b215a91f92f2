import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeMarkdownBlock, escapeMarkdownInline, neutraliseBareLinks } from './escape-markdown'
import { HOSTILE_TEXTS, liveMarkup } from './testing/live-markup'

describe('escapeMarkdownInline', () => {
  it('escapes what could start markup and joins lines', () => {
    expect(escapeMarkdownInline(' a\n*b*  _c_ ')).toBe('a \\*b\\* \\_c\\_')
    expect(escapeMarkdownInline('back\\slash|pipe')).toBe('back\\\\slash\\|pipe')
    expect(escapeMarkdownInline('Team # plan ~x~')).toBe('Team \\# plan \\~x\\~')
  })

  it('leaves underscores inside words, which never emphasise: CKV_AWS_65', () => {
    expect(escapeMarkdownInline('CKV_AWS_65 and _this_')).toBe('CKV_AWS_65 and \\_this\\_')
  })

  it('never lets user text become a link, an image or HTML', () => {
    expect(escapeMarkdownInline('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))')
    expect(escapeMarkdownInline('![](http://evil.example/a.png)')).toBe('!\\[\\](http\\://evil.example/a.png)')
    expect(escapeMarkdownInline('<http://evil.example>')).toBe('\\<http\\://evil.example\\>')
    expect(escapeMarkdownInline('<img src=x>')).toBe('\\<img src=x\\>')
    for (const text of HOSTILE_TEXTS) expect(liveMarkup(escapeMarkdownInline(text)), text).toEqual([])
  })
})

describe('escapeMarkdownBlock', () => {
  it('keeps paragraphs and lists but neutralises block syntax', () => {
    expect(escapeMarkdownBlock('Intro\n\n- one\n- two')).toBe('Intro\n\n- one\n- two')
    expect(escapeMarkdownBlock('## Decision')).toBe('\\## Decision')
    expect(escapeMarkdownBlock('Title\n---')).toBe('Title\n\\---')
    expect(escapeMarkdownBlock('```js')).toBe('\\```js')
    expect(escapeMarkdownBlock('a <b> c | d')).toBe('a &lt;b> c \\| d')
    expect(escapeMarkdownBlock('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb')
  })

  it('never lets user text become a link, an image or HTML', () => {
    expect(escapeMarkdownBlock('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))')
    expect(escapeMarkdownBlock('![](http://evil.example/a.png)')).toBe('!\\[\\](http\\://evil.example/a.png)')
    expect(escapeMarkdownBlock('[x][1]\n\n[1]: javascript:alert(1)')).toBe('\\[x\\]\\[1\\]\n\n\\[1\\]: javascript:alert(1)')
    expect(escapeMarkdownBlock('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>')
    // A typed backslash cannot undo the escape of the bracket after it.
    expect(escapeMarkdownBlock('\\[x](javascript:alert(1))')).toBe('\\\\\\[x\\](javascript:alert(1))')
    for (const text of HOSTILE_TEXTS) expect(liveMarkup(escapeMarkdownBlock(text)), text).toEqual([])
  })

  it('keeps emphasis, which cannot link anywhere', () => {
    expect(escapeMarkdownBlock('We *must* keep **two** NAT gateways.')).toBe('We *must* keep **two** NAT gateways.')
  })
})

describe('neutraliseBareLinks', () => {
  it('breaks the autolinks GitHub makes without brackets, leaving the text readable', () => {
    expect(neutraliseBareLinks('https://a.example, HTTP://b.example, ftp://c, www.d.example, mailto:e@f.example, xmpp:g@h')).toBe(
      'https\\://a.example, HTTP\\://b.example, ftp\\://c, www\\.d.example, mailto\\:e@f.example, xmpp\\:g@h',
    )
    expect(neutraliseBareLinks('awww.x and 10:30')).toBe('awww.x and 10:30')
  })
})

describe('escaping any text (property)', () => {
  /** Text rich in Markdown punctuation, URL schemes and line breaks. */
  const markdownish = fc
    .array(fc.constantFrom('[', ']', '(', ')', '!', '<', '>', '\\', '`', '*', '_', '#', '|', '~', ':', '.', '/', '\n', ' ', 'a', 'http', 'https://', 'www.', 'javascript:', 'mailto:', 'img', '-', '='), { maxLength: 40 })
    .map((parts) => parts.join(''))

  it('never leaves a bracket, an angle bracket or a bare link live', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(liveMarkup(escapeMarkdownInline(text))).toEqual([])
        expect(liveMarkup(escapeMarkdownBlock(text))).toEqual([])
      }),
      { numRuns: 2_000 },
    )
  })

  it('keeps every character the person typed: unescaping the inline text gives it back', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const unescaped = escapeMarkdownInline(text).replace(/\\([\\`*[\]<>|~#_:.])/g, '$1')
        expect(unescaped).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 2_000 },
    )
  })
})
