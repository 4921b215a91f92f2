import { roundCents } from '../cost'
import type { Evaluation } from '../evaluate'
import { compareReason, type ChangeEffect, type LineLabel } from './compare-reasons'
import type { ChangeImpact, EffectTone } from './types'

const SEVERITIES = ['high', 'medium', 'low'] as const

/** Labels are codes with facts: the same line is the same label by value. */
const sameLabel = (a: LineLabel, b: LineLabel) => JSON.stringify(a) === JSON.stringify(b)

/** Cost lines that exist in both, or only in one, with what the move does to the known total. */
function diffCost(before: Evaluation, after: Evaluation) {
  const beforeLines = new Map(before.cost.lines.map((l) => [l.id, l]))
  const afterLines = new Map(after.cost.lines.map((l) => [l.id, l]))
  let delta = 0
  const becameUnknown: ChangeImpact['linesBecameUnknown'] = []
  const becameKnown: ChangeImpact['linesBecameKnown'] = []
  const addedUnknown: LineLabel[] = []
  const stillUnknown: LineLabel[] = []
  for (const id of new Set([...beforeLines.keys(), ...afterLines.keys()])) {
    const was = beforeLines.get(id)
    const now = afterLines.get(id)
    const wasUsd = was?.monthlyUsd ?? null
    const nowUsd = now?.monthlyUsd ?? null
    if (was && now && wasUsd !== null && nowUsd === null) becameUnknown.push({ label: now.label, monthlyUsd: wasUsd })
    else if (was && now && wasUsd === null && nowUsd !== null) becameKnown.push({ label: now.label, monthlyUsd: nowUsd })
    else if (!was && now && nowUsd === null) addedUnknown.push(now.label)
    // Unknown on both sides, but the line itself moved (another class, size or quantity): its cost change is unknown too.
    else if (was && now && wasUsd === null && nowUsd === null && (!sameLabel(was.label, now.label) || was.quantity !== now.quantity)) stillUnknown.push(now.label)
    else delta += (nowUsd ?? 0) - (wasUsd ?? 0)
  }
  return { deltaUsd: roundCents(delta), becameUnknown, becameKnown, addedUnknown, stillUnknown }
}

/**
 * What a change did on its own, as codes the catalog words: the cost (line by line when a price appears or
 * disappears, never counting unknown as 0), the budget verdict, each failure scenario whose mode
 * moved, the worst peak p95, the SLA verdict and the findings.
 * Example (seed 000, Multi-AZ on): [effect.cost { deltaUsd: 15.44 }, effect.recovery { scenarioId: 'db-unresponsive',
 * from: 'manual', to: 'auto' }] ("+$15.44/month", "db-unresponsive: manual → auto").
 */
export function describeEffects(before: Evaluation, after: Evaluation): { effects: ChangeEffect[]; effectTones: EffectTone[]; impact: ChangeImpact } {
  const said: [ChangeEffect, EffectTone][] = []
  const effects = { push: (effect: ChangeEffect, tone: EffectTone) => said.push([effect, tone]) }
  const bySign = (value: number): EffectTone => (value > 0 ? 'costs-more' : 'saves')
  const RANK = { auto: 0, partial: 1, manual: 2 } as const
  const cost = diffCost(before, after)
  const switched = cost.becameUnknown.length + cost.becameKnown.length + cost.addedUnknown.length + cost.stillUnknown.length > 0
  for (const line of cost.becameUnknown) effects.push(compareReason('effect.line-to-unknown', { line: line.label, fromUsd: line.monthlyUsd }), 'unknown')
  for (const line of cost.becameKnown) effects.push(compareReason('effect.line-to-known', { line: line.label, toUsd: line.monthlyUsd }), 'unknown')
  for (const label of cost.addedUnknown) effects.push(compareReason('effect.line-to-unknown', { line: label, fromUsd: null }), 'unknown')
  for (const label of cost.stillUnknown) effects.push(compareReason('effect.still-unknown', { line: label }), 'unknown')
  if (cost.deltaUsd !== 0)
    effects.push(compareReason(switched ? 'effect.other-lines' : 'effect.cost', { deltaUsd: cost.deltaUsd }), bySign(cost.deltaUsd))
  const peakDelta = roundCents(after.cost.band.peakUsd - before.cost.band.peakUsd)
  if (cost.deltaUsd === 0 && !switched && peakDelta !== 0) effects.push(compareReason('effect.peak-month', { deltaUsd: peakDelta }), bySign(peakDelta))

  const [wasWithin, isWithin] = [before.cost.budget.withinBudget, after.cost.budget.withinBudget]
  if (wasWithin !== isWithin) effects.push(compareReason('effect.budget', { fromWithin: wasWithin, toWithin: isWithin }), isWithin ? 'better' : 'worse')

  const recovery: ChangeImpact['recovery'] = []
  before.recovery.scenarios.forEach((was, i) => {
    const now = after.recovery.scenarios[i]
    if (now && now.id === was.id && now.mode !== was.mode) {
      recovery.push({ scenarioId: was.id, from: was.mode, to: now.mode })
      effects.push(compareReason('effect.recovery', { scenarioId: was.id, from: was.mode, to: now.mode }), RANK[now.mode] < RANK[was.mode] ? 'better' : 'worse')
    }
  })

  const p95 = (e: Evaluation) => (Number.isFinite(e.capacity.worstPeakP95Ms) ? e.capacity.worstPeakP95Ms : null)
  const [p95Before, p95After] = [p95(before), p95(after)]
  const p95Moved = p95Before === null || p95After === null ? p95Before !== p95After : Math.abs(p95After - p95Before) >= 1
  if (p95Moved)
    effects.push(compareReason('effect.worst-p95', { fromMs: p95Before, toMs: p95After }), (p95After ?? Infinity) < (p95Before ?? Infinity) ? 'better' : 'worse')
  const [wasMet, isMet] = [before.capacity.meetsSla, after.capacity.meetsSla]
  if (wasMet !== isMet) effects.push(compareReason('effect.sla', { fromMet: wasMet, toMet: isMet }), isMet ? 'better' : 'worse')

  for (const severity of SEVERITIES) {
    const [was, now] = [before.security.counts[severity], after.security.counts[severity]]
    if (was !== now) effects.push(compareReason('effect.findings', { severity, from: was, to: now }), now < was ? 'better' : 'worse')
  }
  if (said.length === 0) effects.push(compareReason('effect.none'), 'neutral')
  return {
    effects: said.map(([effect]) => effect),
    effectTones: said.map(([, tone]) => tone),
    impact: {
      costDeltaUsd: cost.deltaUsd,
      costDeltaKrw: Math.round(cost.deltaUsd * after.cost.krwPerUsd),
      linesBecameUnknown: cost.becameUnknown,
      linesBecameKnown: cost.becameKnown,
      linesStillUnknown: cost.stillUnknown,
      recovery,
    },
  }
}
