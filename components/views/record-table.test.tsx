// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RecordTable } from './record-table'

type Line = { id: string; label: string; formula: string | null; usd: number | null }
const LINES: Line[] = [
  { id: 'nat', label: 'NAT gateway', formula: '1 × 730 h × $0.045/h = $32.85', usd: 32.85 },
  { id: 'logs', label: 'Logs', formula: null, usd: null },
]

function render(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html')
}

const doc = render(
  <RecordTable<Line>
    minWidth="40rem"
    caption="Cost lines"
    rows={LINES}
    rowKey={(line) => line.id}
    rowMarks={(line) => ({ 'data-line': line.id, className: line.usd === null ? 'italic' : undefined })}
    columns={[
      { header: 'Line', cell: (line) => line.label },
      { header: 'Formula', cell: (line) => line.formula },
      { header: 'USD', align: 'right', cell: (line) => line.usd ?? 'unknown' },
    ]}
    footer={{ label: 'Total', labelSpan: 2, cells: [{ content: '$32.85' }] }}
  />,
)

const records = () => [...doc.querySelectorAll('ul[aria-label="Cost lines"] > li')]
const fields = (record: Element) => [...record.querySelectorAll('dl > div')].map((pair) => [pair.querySelector('dt')?.textContent, pair.querySelector('dd')?.textContent])

describe('RecordTable', () => {
  it('is the table from 640 px up, scrolling in its own box past its width, and records below', () => {
    const table = doc.querySelector('table')
    expect(table?.closest('.overflow-x-auto')?.className).toContain('hidden sm:block')
    expect((table?.parentElement as HTMLElement | null)?.style.minWidth).toBe('40rem')
    expect(doc.querySelectorAll('tbody tr[data-line]')).toHaveLength(2)
    expect(doc.querySelector('ul[aria-label="Cost lines"]')?.className).toContain('sm:hidden')
  })

  it('titles each record by its first cell and lists the other cells under their headers, leaving out empty ones', () => {
    const [nat, logs, total] = records()
    expect(nat?.querySelector('p')?.textContent).toBe('NAT gateway')
    expect(fields(nat!)).toEqual([
      ['Formula', '1 × 730 h × $0.045/h = $32.85'],
      ['USD', '32.85'],
    ])
    expect(logs?.className).toContain('italic')
    expect(fields(logs!)).toEqual([['USD', 'unknown']])
    // The table's rows keep their data-* marks; the records do not repeat them.
    expect(doc.querySelectorAll('[data-line]')).toHaveLength(2)
    expect(total?.querySelector('p')?.textContent).toBe('Total')
    expect(fields(total!)).toEqual([['USD', '$32.85']])
  })
})
