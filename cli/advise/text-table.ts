/**
 * Columns that line up in a terminal: Hangul and other wide characters take two cells, so padding
 * by string length would push Korean headings out of line.
 * renderTable([['#', 'KRW'], ['1', '₩9,000']], ['left', 'right']) → ['  #     KRW', '  1  ₩9,000'] (indented, two spaces between columns).
 */
export type Align = 'left' | 'right'

/** Terminal cells a string takes: two for Hangul syllables and jamo, CJK ideographs and full-width forms. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60)
    width += wide ? 2 : 1
  }
  return width
}

export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string[] {
  const widths = align.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))))
  return rows.map((row) => {
    const cells = align.map((side, c) => {
      const cell = row[c] ?? ''
      const pad = ' '.repeat(widths[c]! - displayWidth(cell))
      return side === 'right' ? pad + cell : cell + pad
    })
    return (indent + cells.join('  ')).trimEnd()
  })
}
