// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { withOldPrices } from '@/lib/pricing/price-age'
import { FinanceVisual } from './finance-visual'

const evaluation = evaluateScenario(findPreset('swiftlogix')!.scenario)
const TODAY = new Date('2026-12-06T12:00:00Z')

function slide(locale: 'en' | 'ko', today: Date): Document {
  const html = renderToStaticMarkup(<FinanceVisual evaluation={evaluation} locale={locale} peakName="Black Friday" today={today} />)
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('the finance slide marks prices more than 12 months old (issue 12 §4)', () => {
  it('lists each bill line priced from an old source with "old (date)"', () => {
    const old = withOldPrices(evaluation.cost.lines, TODAY)
    const doc = slide('en', TODAY)
    const marks = new Set([...doc.querySelectorAll('[data-old-prices] [data-price-age="old"]')].map((m) => m.textContent))
    expect(marks).toEqual(new Set(old.map(({ age }) => `old (${age.date})`)))
    // One entry per part of the bill, named as the slide's legend names it.
    expect(doc.querySelectorAll('[data-old-prices] li')).toHaveLength(new Set(old.map(({ item }) => item.component)).size)
    if (old.length > 0) expect(doc.querySelector('[data-old-prices] p')!.textContent).toMatch(/priced from sources more than 12 months old:$/)
  })

  it('says nothing when every price is recent', () => {
    expect(slide('en', new Date('2020-01-01T00:00:00Z')).querySelector('[data-old-prices]')).toBeNull()
  })

  it('says it in Korean', () => {
    const doc = slide('ko', new Date('2030-01-01T00:00:00Z'))
    expect(doc.querySelector('[data-old-prices] p')!.textContent).toMatch(/개 항목의 단가 출처가 12개월이 넘었습니다:$/)
    expect(doc.querySelector('[data-price-age="old"]')!.textContent).toMatch(/^오래됨 \(/)
  })
})
