// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { compareScenarios, pickWinners, type Comparison } from '@/lib/compare'
import { SEOUL_PLANS } from '@/lib/compare/seoul-plans.fixture'
import type { Locale } from '@/lib/i18n/locale'
import { WinnersTable } from './winners-table'

/** Seed 001's first two plans, the second with its total made a lower bound of `atLeastUsd`. */
function withIncompleteSecondPlan(atLeastUsd: number): Comparison {
  const comparison = compareScenarios(SEOUL_PLANS.slice(0, 2))
  const [first, second] = comparison.items
  comparison.items = [
    { ...first!, name: 'Plan A', cost: { ...first!.cost, monthlyUsd: 300, complete: true, unknownLineIds: [], unknownLineLabels: [] } },
    {
      ...second!,
      name: 'Plan B',
      cost: { ...second!.cost, monthlyUsd: atLeastUsd, complete: false, unknownLineIds: ['cache'], unknownLineLabels: [{ code: 'cost.label.cache', params: { engine: 'redis', nodeType: 'cache.t2.micro', purchase: 'reserved-1yr-all-upfront' } }] },
    },
  ]
  return comparison
}

function financeRow(comparison: Comparison, locale: Locale): string {
  const html = renderToStaticMarkup(<WinnersTable comparison={comparison} winners={pickWinners(comparison)} names={comparison.items.map((i) => i.name)} locale={locale} />)
  const row = new DOMParser().parseFromString(html, 'text/html').querySelector('tr[data-stakeholder="finance"]')
  return row?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
}

describe('WinnersTable: the finance row', () => {
  it('says "Cannot tell" and names the plan with unknown lines when it could be the cheapest', () => {
    const row = financeRow(withIncompleteSecondPlan(140), 'en')
    expect(row).toContain('Cannot tell')
    expect(row).toContain('Plan B has unknown lines, so the cheapest plan is not known. Plan B: at least $140.00/month')
    expect(row).not.toContain('★')
  })

  it('says it in Korean', () => {
    const row = financeRow(withIncompleteSecondPlan(140), 'ko')
    expect(row).toContain('판단 불가')
    expect(row).toContain('판단할 수 없습니다: Plan B에 가격을 알 수 없는 항목이 있어')
  })

  it('names the complete plan when the other one costs more even without its unknown lines', () => {
    const row = financeRow(withIncompleteSecondPlan(310), 'en')
    expect(row).toContain('★ Plan A')
    expect(row).toContain('but its known part alone is already $310.00/month')
  })
})
