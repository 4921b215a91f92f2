import { beforeAll, describe, expect, it } from 'vitest'
import type { Judged } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'
import { frontierPoints, isWithinSla, previewedProposal } from './frontier-points'
import { swiftlogixAdvice } from './swiftlogix-advice.fixture'

let result: AdviceResult
let current: Judged

beforeAll(() => {
  ;({ result, current } = swiftlogixAdvice())
})

describe('the frontier chart’s points', () => {
  it('puts each frontier design at its monthly KRW and coverage in %, ranked cheapest first, and the current design last', () => {
    const points = frontierPoints(result, current, null)
    expect(points).toHaveLength(result.frontier.length + 1)
    expect(points[0]).toMatchObject({ rank: 1, monthlyKrw: 122_382, coveragePercent: 37.5, kind: 'within-sla', changes: 4, previewed: false })
    expect(points.at(-1)).toMatchObject({ kind: 'current', rank: null, proposal: null, monthlyKrw: 261_131, coveragePercent: 37.5 })
    expect(points.slice(0, -1).map((p) => p.monthlyKrw)).toEqual(result.frontier.map((p) => p.monthlyKrw))
  })

  it('tells a design over the SLA from one within it, and marks the previewed design', () => {
    const slow = { ...result, goals: { ...result.goals, slaP95Ms: 80 } }
    const points = frontierPoints(slow, current, result.frontier[1]!)
    expect(points[0]!.kind).toBe('over-sla') // 91 ms against 80
    expect(points.filter((p) => p.previewed).map((p) => p.rank)).toEqual([2])
    expect(isWithinSla(null, 1000)).toBe(false)
    expect(isWithinSla(1000, 1000)).toBe(true)
  })
})

describe('the previewed design', () => {
  it('is the best by default, the picked one while it is in the answer, and the best again once the answer changes', () => {
    expect(previewedProposal(result, null)).toBe(result.best)
    expect(previewedProposal(result, result.frontier[3]!)).toBe(result.frontier[3])
    const stale = { ...result.frontier[3]! }
    expect(previewedProposal(result, stale)).toBe(result.best)
  })

  it('is the closest design when none meets every goal', () => {
    const none = { ...result, best: null, closest: [result.frontier[1]!] }
    expect(previewedProposal(none, null)).toBe(result.frontier[1])
  })
})
