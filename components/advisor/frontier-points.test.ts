import { beforeAll, describe, expect, it } from 'vitest'
import type { Judged } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'
import { findPreset } from '@/data/presets'
import { advise } from '@/lib/advise/advise'
import { frontierPoints, previewedProposal } from './frontier-points'
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

  it('tells a design over the SLA from one within it, as advise judges it, and marks the previewed design', () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    scenario.requirements.sla.p95Ms = 85
    const tight = advise(scenario)
    const points = frontierPoints(tight, current, tight.frontier[1]!)
    const ranked = points.filter((p) => p.proposal !== null)
    expect(ranked.map((p) => p.kind)).toEqual(tight.frontier.map((p) => (p.meets.sla ? 'within-sla' : 'over-sla')))
    // The 0.25 vCPU designs (p95 about 91 ms) are over 85 ms, the larger ones (75–83 ms) within it.
    expect(new Set(ranked.map((p) => p.kind))).toEqual(new Set(['over-sla', 'within-sla']))
    for (const p of ranked) if (p.p95Ms !== null && p.p95Ms > 85) expect(p.kind).toBe('over-sla')
    expect(points.filter((p) => p.previewed).map((p) => p.rank)).toEqual([2])
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
