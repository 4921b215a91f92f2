// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { withOldPrices } from '@/lib/pricing/price-age'
import { FinanceView } from './finance-view'
import { propsOf } from './helpers.fixture'

const render = (element: React.ReactElement) => new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html')

describe('the Finance view marks a line priced from a source more than 12 months old (issue 12 §4)', () => {
  it('writes "old (date)" in the source cell of exactly those lines', () => {
    const props = propsOf('swiftlogix')
    const old = new Map(withOldPrices(props.evaluation.cost.lines, new Date()).map(({ item, age }) => [item.id, `old (${age.date})`]))
    const doc = render(<FinanceView {...props} />)
    for (const row of doc.querySelectorAll('tr[data-line]')) {
      const mark = row.querySelector('[data-price-age="old"]')
      expect(mark?.textContent ?? null, row.getAttribute('data-line')!).toBe(old.get(row.getAttribute('data-line')!) ?? null)
    }
    expect(old.size).toBeGreaterThan(0)
  })

  it('says it in Korean', () => {
    const doc = render(
      <LocaleProvider initial="ko">
        <FinanceView {...propsOf('swiftlogix')} />
      </LocaleProvider>,
    )
    expect(doc.querySelector('tr[data-line] [data-price-age="old"]')!.textContent).toMatch(/^오래됨 \(\d{4}/)
  })
})
