/**
 * Text a person typed (plan, service and peak names, decision titles, context, consequences), made
 * safe for the Markdown ArchDeck writes: the stakeholder report, decision records and their index.
 * Whatever it says, it renders as that text: never a link, an image, HTML, a heading or a table
 * cell of its own. One module, so every document escapes the same way.
 *
 * What makes a link or an image in GitHub-flavoured Markdown, and what stops it here:
 * - `[x](javascript:…)`, `![](http://…)`, `[x][ref]` with `[ref]: http://…`: every `[` and `]` is
 *   escaped, and without brackets there is no link text, image or reference.
 * - `<http://…>` autolinks and raw HTML (`<img src=…>`): `<` is escaped (inline) or written as `&lt;`.
 * - Bare `https://…`, `www.…`, `mailto:…` (GFM's extended autolinks, no brackets needed): the colon
 *   or dot that makes them a link is backslash-escaped; they still read as the same text.
 * Footnote [1] says why escaping, not stripping.
 */

/** Characters that can open emphasis, code, a link, HTML, a heading, strikethrough or a table cell. */
const INLINE_SPECIAL = /[\\`*[\]<>|~#]/g

/** An underscore emphasises only at a word's edge; CKV_AWS_65 stays as it is, `_x_` does not. */
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

/** The schemes GFM links without brackets (http, https, ftp; mailto and xmpp in newer renderers). */
const BARE_LINK_SCHEME = /(https?|ftp|mailto|xmpp):/gi
const BARE_LINK_WWW = /(?<![\p{L}\p{N}])(www)\./giu

/**
 * `https://x` → `https\://x`, `www.x` → `www\.x`: shown the same, but no longer recognised as a
 * link. Runs after every other escape, so the backslash it adds is not escaped again.
 */
export function neutraliseBareLinks(text: string): string {
  return text.replace(BARE_LINK_SCHEME, '$1\\:').replace(BARE_LINK_WWW, '$1\\.')
}

/**
 * Text for one line of Markdown (a heading, a table cell, a link's text, a list item): line breaks
 * become spaces and everything that could start markup is backslash-escaped.
 * Example: 'A | B <b> [x](javascript:alert(1))' → 'A \| B \<b\> \[x\](javascript:alert(1))'.
 */
export function escapeMarkdownInline(text: string): string {
  return neutraliseBareLinks(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(INLINE_SPECIAL, (c) => `\\${c}`)
      .replace(EDGE_UNDERSCORE, '\\_'),
  )
}

/**
 * Paragraphs a person typed, kept as paragraphs (and simple lists, and emphasis) but unable to
 * break the document: no headings, setext underlines or thematic breaks, no code fences that would
 * swallow the rest of the file, no HTML, no tables, no links or images.
 * Example: '## Decision\n![](http://x/a.png)' → '\\## Decision\n!\\[\\](http\\://x/a.png)'.
 */
export function escapeMarkdownBlock(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    // Leading blank lines go, but not the first line's indentation; the escapes below cover any indentation.
    .replace(/^(\s*\n)+/, '')
    .split('\n')
    .map((line) =>
      neutraliseBareLinks(
        line
          .replace(/\s+$/, '')
          // Backslashes first: a typed `\[` must not turn the escape below back into a bracket.
          .replace(/\\/g, '\\\\')
          .replace(/</g, '&lt;')
          .replace(/[[\]|]/g, (c) => `\\${c}`)
          // A heading, a fence, or a line that would underline the paragraph above into a heading or rule.
          .replace(/^(\s*)(#|`{3,}|~{3,})/, '$1\\$2')
          .replace(/^(\s*)([-=*_])(?=[\s\-=*_]*$)/, '$1\\$2'),
      ),
    )
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()
}

// [1] Escaping keeps every character the person typed: the URL in "see https://wiki/adr-12" is
//     still there to copy, and the record says exactly what was written. Stripping would silently
//     change a decision's wording.
