import { escapeMarkdownInline } from './escape-markdown'

/** A table cell: text (escaped) or text set in bold on purpose, like the total row. */
export type Cell = string | { strong: string }

/** A cell never breaks its table and never links anywhere: escapeMarkdownInline escapes pipes and joins lines. */
function renderCell(cell: Cell): string {
  const text = typeof cell === 'string' ? cell : cell.strong
  const escaped = escapeMarkdownInline(text)
  return typeof cell === 'string' ? escaped : `**${escaped}**`
}

type Align = 'left' | 'right' | 'center'

/**
 * A GitHub-flavoured Markdown table.
 * Example: renderTable(['Item', 'USD'], [['NAT gateway', '$32.85']], ['left', 'right']) →
 * "| Item | USD |\n| --- | ---: |\n| NAT gateway | $32.85 |".
 */
export function renderTable(header: readonly Cell[], rows: readonly (readonly Cell[])[], align: readonly Align[] = []): string {
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'))
  const line = (cells: readonly Cell[]) => `| ${cells.map(renderCell).join(' | ')} |`
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')
}
