// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DataTable } from './data-table'

type Line = { id: string; label: string; usd: number | null }
const LINES: Line[] = [
  { id: 'nat', label: 'NAT gateway', usd: 32.85 },
  { id: 'logs', label: 'Logs', usd: null },
]

function render(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html')
}

const table = (props: Partial<React.ComponentProps<typeof DataTable<Line>>> = {}) =>
  render(
    <DataTable<Line>
      caption="Cost lines"
      rows={LINES}
      rowKey={(line) => line.id}
      rowMarks={(line) => ({ 'data-line': line.id, className: line.usd === null ? 'italic' : undefined })}
      columns={[
        { header: 'Line', className: 'font-medium', cell: (line) => line.label },
        { header: 'Formula', cell: () => '1 × 730 h' },
        { header: 'USD', align: 'right', marks: (line) => ({ 'data-state': line.usd === null ? 'unknown' : 'known' }), cell: (line) => line.usd ?? 'unknown' },
      ]}
      {...props}
    />,
  )

describe('DataTable', () => {
  it('names itself by its caption and heads each row with its first cell', () => {
    const doc = table()
    expect(doc.querySelector('caption')?.textContent).toBe('Cost lines')
    expect([...doc.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual(['Line', 'Formula', 'USD'])
    expect([...doc.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).toEqual(['NAT gateway', 'Logs'])
  })

  it('keeps each row’s and cell’s data attributes for tests and styles', () => {
    const doc = table()
    const unknown = doc.querySelector('tr[data-line="logs"]')
    expect(unknown?.className).toContain('italic')
    expect(unknown?.querySelector('td[data-state="unknown"]')?.textContent).toBe('unknown')
    expect(doc.querySelector('tr[data-line="nat"] td[data-state="known"]')?.className).toContain('text-right tabular-nums')
  })

  it('lays out fixed widths and a total row whose label may span columns', () => {
    const doc = table({
      fixed: true,
      columns: [
        { header: 'Line', width: 'w-[40%]', cell: (line) => line.label },
        { header: 'Formula', width: 'w-[40%]', cell: () => '' },
        { header: 'USD', align: 'right', cell: (line) => line.usd },
      ],
      footer: { label: 'Total', labelSpan: 2, cells: [{ content: '$32.85' }] },
    })
    expect([...doc.querySelectorAll('col')].map((col) => col.getAttribute('class'))).toEqual(['w-[40%]', 'w-[40%]', null])
    const total = doc.querySelector('tfoot tr')
    expect(total?.querySelector('th')?.getAttribute('colspan')).toBe('2')
    expect(total?.querySelector('td')?.className).toContain('text-right')
    expect(total?.textContent).toBe('Total$32.85')
  })
})
