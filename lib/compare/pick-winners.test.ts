import { describe, expect, it } from 'vitest'
import { sayCompare } from '../i18n/catalog/say-compare'
import { compareScenarios } from './compare-scenarios'
import type { LineLabel } from './compare-reasons'
import type { Comparison } from './types'
import { pickWinners } from './pick-winners'
import { SEOUL_PLANS } from './seoul-plans.fixture'

/** The winners by stakeholder, each reason in words. */
const winnersOf = (locale: 'en' | 'ko' = 'en', plans = SEOUL_PLANS) =>
  Object.fromEntries(pickWinners(compareScenarios(plans)).map((w) => [w.stakeholder, { ...w, reason: sayCompare(locale, w.reason) }]))

describe('pickWinners on seed 001', () => {
  const winners = winnersOf()

  it('answers every stakeholder, in the README order', () => {
    expect(pickWinners(compareScenarios(SEOUL_PLANS)).map((w) => w.stakeholder)).toEqual(['ops', 'business', 'security', 'finance', 'cto'])
  })

  it('gives ops to plan 1: 4 of 8 failures recover automatically against 3 of 8', () => {
    expect(winners.ops!.winnerIds).toEqual(['swiftlogix-seoul-plan1'])
    expect(winners.ops!.reason).toContain('4/8')
    expect(winners.ops!.reason).toContain('3/8')
  })

  it('names a cheapest plan only when every total is complete, else names each plan with unknown lines (issue 12 §2)', () => {
    const items = compareScenarios(SEOUL_PLANS).items
    const incomplete = items.filter((i) => !i.cost.complete)
    if (incomplete.length === 0) {
      const cheapest = items.reduce((a, b) => (b.cost.monthlyUsd < a.cost.monthlyUsd ? b : a))
      expect(winners.finance!.winnerIds).toEqual([cheapest.id])
    } else {
      expect(winners.finance!.winnerIds).toEqual([])
      expect(winners.finance!.reason).toMatch(/^Cannot tell: /)
      for (const plan of incomplete) expect(winners.finance!.reason).toContain(`${plan.name}: at least`)
    }
  })

  it('gives security to the plans without the internal ALB\'s plain-HTTP listener (fewer low findings)', () => {
    expect(winners.security!.winnerIds).toEqual(['swiftlogix-seoul-plan3', 'swiftlogix-seoul-final'])
  })

  it('calls the CTO and business answers a tie: every plan scales to 6 tasks and answers in 130 ms', () => {
    expect(winners.cto!.winnerIds).toHaveLength(4)
    expect(winners.cto!.reason).toMatch(/^A tie: .* 130 ms \(SLA 1,000 ms\)/)
    expect(winners.business!.winnerIds).toHaveLength(4)
    expect(winners.business!.reason).toContain('50 % to spare')
  })

  it('speaks Korean', () => {
    const ko = winnersOf('ko')
    expect(ko.ops!.reason).toContain('자동 복구')
    expect(ko.cto!.reason).toContain('동률')
  })
})

describe('pickWinners edge cases', () => {
  it('gives the CTO only plans that meet the SLA, and the lowest p95 among them', () => {
    const tight = structuredClone(SEOUL_PLANS[3]!)
    tight.id = 'tight'
    tight.scenario.requirements.sla.p95Ms = 100
    const faster = structuredClone(SEOUL_PLANS[3]!)
    faster.id = 'faster'
    faster.scenario.config.services.forEach((s) => (s.performance.serviceTimeMs = 10))
    const w = winnersOf('en', [SEOUL_PLANS[0]!, faster, tight])
    expect(w.cto!.winnerIds).toEqual(['faster'])
    expect(w.cto!.reason).toContain('misses the SLA')
  })

  it('breaks an ops tie on the total RTO', () => {
    const slow = structuredClone(SEOUL_PLANS[0]!)
    slow.id = 'slow-health-checks'
    slow.scenario.config.services.forEach((s) => (s.healthCheck.intervalSeconds = 300))
    const w = winnersOf('en', [slow, SEOUL_PLANS[0]!])
    expect(w.ops!.winnerIds).toEqual(['swiftlogix-seoul-plan1'])
    expect(w.ops!.reason).toContain('shortest total RTO')
  })

  it('gives business the plan with more autoscaling room at the peak', () => {
    const roomy = structuredClone(SEOUL_PLANS[3]!)
    roomy.id = 'roomy'
    roomy.scenario.config.services.forEach((s) => (s.count.max = 10))
    const w = winnersOf('en', [SEOUL_PLANS[3]!, roomy])
    expect(w.business!.winnerIds).toEqual(['roomy'])
    expect(w.business!.reason).toContain('150 %')
  })
})

const UNPRICED_BASTION: LineLabel = { code: 'cost.label.bastion', params: { instanceType: 't2.micro', purchase: 'reserved-1yr-all-upfront' } }

/** Seed 001's four plans with their totals set by hand: complete, or a known part with unknown lines. */
function plansCosting(...totals: readonly (number | { atLeast: number })[]): Comparison {
  const comparison = compareScenarios(SEOUL_PLANS)
  comparison.items = comparison.items.slice(0, totals.length).map((item, i) => {
    const total = totals[i]!
    const complete = typeof total === 'number'
    const cost = { ...item.cost, monthlyUsd: complete ? total : total.atLeast, complete, unknownLineIds: complete ? [] : ['bastion'], unknownLineLabels: complete ? [] : [UNPRICED_BASTION] }
    return { ...item, name: `Plan ${'ABCD'[i]}`, cost }
  })
  return comparison
}

const financeOf = (comparison: Comparison, locale: 'en' | 'ko' = 'en') => {
  const finance = pickWinners(comparison).find((w) => w.stakeholder === 'finance')!
  return { ...finance, words: sayCompare(locale, finance.reason) }
}

describe('the cost winner is declared only between complete totals (issue 12 §2)', () => {
  it('names the cheaper of two complete totals', () => {
    const finance = financeOf(plansCosting(300, 250))
    expect(finance.winnerIds).toEqual(['swiftlogix-seoul-plan2'])
    expect(finance.words).toMatch(/^Plan B is the cheapest fully priced plan at \$250\.00\/month/)
  })

  it('cannot tell when a plan with unknown lines shows less than the cheapest complete total', () => {
    const finance = financeOf(plansCosting(300, { atLeast: 140 }))
    expect(finance.winnerIds).toEqual([])
    expect(finance.words).toBe(
      'Cannot tell: Plan B has unknown lines, so the cheapest plan is not known. Plan B: at least $140.00/month, without a price for 1 line (Bastion EC2 t2.micro 1-yr reserved, all upfront).',
    )
  })

  it('names every plan with unknown lines that could be the cheapest, in English and Korean', () => {
    const comparison = plansCosting(300, { atLeast: 140 }, { atLeast: 220 }, { atLeast: 310 })
    expect(financeOf(comparison).winnerIds).toEqual([])
    expect(financeOf(comparison).words).toMatch(/^Cannot tell: Plan B and Plan C have unknown lines/)
    expect(financeOf(comparison).words).not.toContain('Plan D')
    expect(financeOf(comparison, 'ko').words).toMatch(/^판단할 수 없습니다: Plan B, Plan C에 가격을 알 수 없는 항목이 있어/)
    expect(financeOf(comparison, 'ko').words).toContain('Plan B: 최소 US$140.00/월, 가격 미상 항목 1개(배스천 EC2 t2.micro 1년 예약, 전액 선결제).')
  })

  it('cannot tell when no total is complete', () => {
    const finance = financeOf(plansCosting({ atLeast: 140 }, { atLeast: 220 }))
    expect(finance.winnerIds).toEqual([])
    expect(finance.words).toMatch(/^Cannot tell: Plan A and Plan B have unknown lines/)
  })

  it('still names the cheapest complete plan when a plan with unknown lines already costs more without them', () => {
    // An unknown line adds a price or nothing: $310 known of plan B can only grow, so $300 is cheaper.
    const finance = financeOf(plansCosting(300, { atLeast: 310 }))
    expect(finance.winnerIds).toEqual(['swiftlogix-seoul-plan1'])
    expect(finance.words).toContain('Plan B has unknown lines, without a price for 1 line (Bastion EC2 t2.micro 1-yr reserved, all upfront), but its known part alone is already $310.00/month.')
    expect(financeOf(plansCosting(300, { atLeast: 310 }), 'ko').words).toContain('Plan B에는 가격 미상 항목 1개(배스천 EC2 t2.micro 1년 예약, 전액 선결제)가 있지만 알려진 부분만으로도 이미 US$310.00/월입니다.')
  })
})
