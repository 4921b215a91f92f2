import { roundCents } from '../cost'
import type { Evaluation } from '../evaluate'
import { say, type Locale } from '../i18n'
import { modeWord } from '../recovery'
import type { ChangeImpact, EffectTone } from './types'
import { EFFECT, SEVERITY_WORD, fill, ms, signedUsdPerMonth, usdPerMonth } from './words'

const SEVERITIES = ['high', 'medium', 'low'] as const

/** Cost lines that exist in both, or only in one, with what the move does to the known total. */
function diffCost(before: Evaluation, after: Evaluation) {
  const beforeLines = new Map(before.cost.lines.map((l) => [l.id, l]))
  const afterLines = new Map(after.cost.lines.map((l) => [l.id, l]))
  let delta = 0
  const becameUnknown: ChangeImpact['linesBecameUnknown'] = []
  const becameKnown: ChangeImpact['linesBecameKnown'] = []
  const addedUnknown: string[] = []
  const stillUnknown: string[] = []
  for (const id of new Set([...beforeLines.keys(), ...afterLines.keys()])) {
    const was = beforeLines.get(id)
    const now = afterLines.get(id)
    const wasUsd = was?.monthlyUsd ?? null
    const nowUsd = now?.monthlyUsd ?? null
    if (was && now && wasUsd !== null && nowUsd === null) becameUnknown.push({ label: now.label, monthlyUsd: wasUsd })
    else if (was && now && wasUsd === null && nowUsd !== null) becameKnown.push({ label: now.label, monthlyUsd: nowUsd })
    else if (!was && now && nowUsd === null) addedUnknown.push(now.label)
    // Unknown on both sides, but the line itself moved (another class, size or quantity): its cost change is unknown too.
    else if (was && now && wasUsd === null && nowUsd === null && (was.label !== now.label || was.quantity !== now.quantity)) stillUnknown.push(now.label)
    else delta += (nowUsd ?? 0) - (wasUsd ?? 0)
  }
  return { deltaUsd: roundCents(delta), becameUnknown, becameKnown, addedUnknown, stillUnknown }
}

/**
 * What a change did on its own, in plain words: the cost (line by line when a price appears or
 * disappears, never counting unknown as 0), the budget verdict, each failure scenario whose mode
 * moved, the worst peak p95, the SLA verdict and the findings.
 * Example (seed 000, Multi-AZ on): ['+$15.44/month', 'db-unresponsive: manual → auto'].
 */
export function describeEffects(before: Evaluation, after: Evaluation, locale: Locale): { effects: string[]; effectTones: EffectTone[]; impact: ChangeImpact } {
  const said: [string, EffectTone][] = []
  const effects = { push: (text: string, tone: EffectTone) => said.push([text, tone]) }
  const bySign = (value: number): EffectTone => (value > 0 ? 'costs-more' : 'saves')
  const RANK = { auto: 0, partial: 1, manual: 2 } as const
  const cost = diffCost(before, after)
  const switched = cost.becameUnknown.length + cost.becameKnown.length + cost.addedUnknown.length + cost.stillUnknown.length > 0
  for (const line of cost.becameUnknown) effects.push(fill(EFFECT.lineToUnknown[locale], { line: line.label, from: usdPerMonth(line.monthlyUsd, locale) }), 'unknown')
  for (const line of cost.becameKnown) effects.push(fill(EFFECT.lineToKnown[locale], { line: line.label, to: usdPerMonth(line.monthlyUsd, locale) }), 'unknown')
  for (const label of cost.addedUnknown) effects.push(fill(EFFECT.lineToUnknown[locale], { line: label, from: '—' }), 'unknown')
  for (const label of cost.stillUnknown) effects.push(fill(EFFECT.stillUnknown[locale], { line: label }), 'unknown')
  if (cost.deltaUsd !== 0)
    effects.push(switched ? fill(EFFECT.otherLines[locale], { delta: signedUsdPerMonth(cost.deltaUsd, locale) }) : signedUsdPerMonth(cost.deltaUsd, locale), bySign(cost.deltaUsd))
  const peakDelta = roundCents(after.cost.band.peakUsd - before.cost.band.peakUsd)
  if (cost.deltaUsd === 0 && !switched && peakDelta !== 0) effects.push(fill(EFFECT.peakMonth[locale], { delta: signedUsdPerMonth(peakDelta, locale) }), bySign(peakDelta))

  const budgetWord = (within: boolean) => (within ? EFFECT.within : EFFECT.over)[locale]
  if (before.cost.budget.withinBudget !== after.cost.budget.withinBudget)
    effects.push(fill(EFFECT.budget[locale], { from: budgetWord(before.cost.budget.withinBudget), to: budgetWord(after.cost.budget.withinBudget) }), after.cost.budget.withinBudget ? 'better' : 'worse')

  const recovery: ChangeImpact['recovery'] = []
  before.recovery.scenarios.forEach((was, i) => {
    const now = after.recovery.scenarios[i]
    if (now && now.id === was.id && now.mode !== was.mode) {
      recovery.push({ scenarioId: was.id, from: was.mode, to: now.mode })
      effects.push(`${was.id}: ${say(locale, modeWord(was.mode))} → ${say(locale, modeWord(now.mode))}`, RANK[now.mode] < RANK[was.mode] ? 'better' : 'worse')
    }
  })

  const p95 = (e: Evaluation) => (Number.isFinite(e.capacity.worstPeakP95Ms) ? e.capacity.worstPeakP95Ms : null)
  const [p95Before, p95After] = [p95(before), p95(after)]
  const p95Moved = p95Before === null || p95After === null ? p95Before !== p95After : Math.abs(p95After - p95Before) >= 1
  if (p95Moved)
    effects.push(fill(EFFECT.worstP95[locale], { from: ms(p95Before, locale), to: ms(p95After, locale) }), (p95After ?? Infinity) < (p95Before ?? Infinity) ? 'better' : 'worse')
  const slaWord = (met: boolean) => (met ? EFFECT.met : EFFECT.missed)[locale]
  if (before.capacity.meetsSla !== after.capacity.meetsSla)
    effects.push(fill(EFFECT.sla[locale], { from: slaWord(before.capacity.meetsSla), to: slaWord(after.capacity.meetsSla) }), after.capacity.meetsSla ? 'better' : 'worse')

  for (const severity of SEVERITIES) {
    const [was, now] = [before.security.counts[severity], after.security.counts[severity]]
    if (was !== now) effects.push(fill(EFFECT.findings[locale], { severity: SEVERITY_WORD[locale][severity], from: was, to: now }), now < was ? 'better' : 'worse')
  }
  if (said.length === 0) effects.push(EFFECT.none[locale], 'neutral')
  return {
    effects: said.map(([text]) => text),
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
