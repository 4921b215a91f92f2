import { describe, expect, it } from 'vitest'
import { sayCompare } from '../i18n/catalog/say-compare'
import { compareScenarios } from './compare-scenarios'
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

  it('gives ops to plan 1: 5 of 8 failures recover automatically against 3 of 8', () => {
    expect(winners.ops!.winnerIds).toEqual(['swiftlogix-seoul-plan1'])
    expect(winners.ops!.reason).toContain('5/8')
    expect(winners.ops!.reason).toContain('3/8')
  })

  it('gives finance to the final plan and says plan 3 is cheaper only because three prices are unknown', () => {
    expect(winners.finance!.winnerIds).toEqual(['swiftlogix-seoul-final'])
    expect(winners.finance!.reason).toContain('$309.46')
    expect(winners.finance!.reason).toContain('plan 3 (lowest cost) shows less (at least $141.28/month)')
    expect(winners.finance!.reason).toContain('3 of its lines have no known price')
    expect(winners.finance!.reason).toContain('Every plan is over the ₩150,000 budget')
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
    expect(ko.finance!.reason).toContain('하한값')
    expect(ko.cto!.reason).toContain('동률')
  })
})

describe('pickWinners edge cases', () => {
  it('leaves finance without a winner when no plan is fully priced, and names the lowest known total', () => {
    const w = winnersOf('en', [SEOUL_PLANS[1]!, SEOUL_PLANS[2]!])
    expect(w.finance!.winnerIds).toEqual([])
    expect(w.finance!.reason).toContain('at least $141.28')
  })

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
