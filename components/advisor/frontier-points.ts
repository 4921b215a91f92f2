import type { Judged } from '@/lib/advise/goals'
import type { AdviceResult, Proposal } from '@/lib/advise/types'

/** How a point is drawn: a frontier design within or over the SLA, or the current design. */
export type PointKind = 'within-sla' | 'over-sla' | 'current'

/** One point of the frontier chart: x monthly KRW, y recovery coverage in %. */
export type FrontierPoint = {
  key: string
  kind: PointKind
  /** 1-based place on the frontier (cheapest first); null for the current design. */
  rank: number | null
  monthlyKrw: number
  monthlyUsd: number
  coveragePercent: number
  p95Ms: number | null
  changes: number
  previewed: boolean
  /** The design the point stands for; null for the current design. */
  proposal: Proposal | null
}

/**
 * The chart's points: each frontier design, coloured by its p95 against the SLA, and the current
 * design marked apart. Example: frontier [₩122,382 at 37.5 %, p95 91 ms] with SLA 1,000 ms →
 * [{ kind: 'within-sla', rank: 1, monthlyKrw: 122382, coveragePercent: 37.5, … }, { kind: 'current', … }].
 */
export function frontierPoints(result: AdviceResult, current: Judged, previewed: Proposal | null): FrontierPoint[] {
  const designs = result.frontier.map<FrontierPoint>((proposal, i) => ({
    key: `frontier-${i}`,
    // The SLA as advise judges it (typical day and peak), not only the peak figure the chart plots.
    kind: proposal.meets.sla ? 'within-sla' : 'over-sla',
    rank: i + 1,
    monthlyKrw: proposal.monthlyKrw,
    monthlyUsd: proposal.monthlyUsd,
    coveragePercent: toPercent(proposal.coverage),
    p95Ms: proposal.p95Ms,
    changes: proposal.changes.length,
    previewed: proposal === previewed,
    proposal,
  }))
  const here: FrontierPoint = {
    key: 'current',
    kind: 'current',
    rank: null,
    monthlyKrw: current.monthlyKrw,
    monthlyUsd: current.monthlyUsd,
    coveragePercent: toPercent(current.coverage),
    p95Ms: current.p95Ms,
    changes: 0,
    previewed: false,
    proposal: null,
  }
  return [...designs, here]
}

/** 0.375 → 37.5, kept to one decimal so equal shares sit on one line. */
const toPercent = (share: number) => Math.round(share * 1000) / 10

/**
 * The design shown in detail: the one picked, while it is still part of the answer; otherwise the
 * best, else the closest, else the cheapest on the frontier.
 */
export function previewedProposal(result: AdviceResult, picked: Proposal | null): Proposal | null {
  if (picked && (result.frontier.includes(picked) || result.closest.includes(picked))) return picked
  return result.best ?? result.closest[0] ?? result.frontier[0] ?? null
}
