import { STAKEHOLDERS, type Stakeholder } from '../stakeholders/stakeholders'
import { compareReason, type IncompleteTotal } from './compare-reasons'
import type { ComparedItem, Comparison, Winner } from './types'
/** Lexicographic comparison of score tuples: lower is better. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/** The items with the best (lowest) score; ties all win. */
function best(items: readonly ComparedItem[], score: (item: ComparedItem) => number[]): ComparedItem[] {
  if (items.length === 0) return []
  const scored = items.map((item) => ({ item, score: score(item) }))
  const top = scored.reduce((min, s) => (compareScores(s.score, min) < 0 ? s.score : min), scored[0]!.score)
  return scored.filter((s) => compareScores(s.score, top) === 0).map((s) => s.item)
}

const names = (items: readonly ComparedItem[]) => items.map((i) => i.name)

const isTie = (winners: readonly ComparedItem[], all: readonly ComparedItem[]) => winners.length === all.length && all.length > 1

function pickOps(items: readonly ComparedItem[]): Winner {
  // Most scenarios that recover without a person; then fewer unbounded RTOs; then the shorter RTO sum.
  const winners = best(items, (i) => [-i.recovery.autoCount, i.recovery.unboundedCount, Math.round(i.recovery.rtoSumMinutes * 10)])
  const auto = (i: ComparedItem) => ({ autoCount: i.recovery.autoCount, scenarioCount: i.recovery.scenarioCount })
  const w = winners[0]!
  const tiedOnAuto = items.filter((i) => i.recovery.autoCount === w.recovery.autoCount).length > winners.length
  const reason = isTie(winners, items)
    ? compareReason('winner.ops-tie', auto(w))
    : compareReason('winner.ops', {
        winners: names(winners),
        ...auto(w),
        others: items.filter((i) => !winners.includes(i)).map((i) => ({ name: i.name, ...auto(i) })),
        tieBreakRtoSumMinutes: tiedOnAuto ? w.recovery.rtoSumMinutes : null,
      })
  return { stakeholder: 'ops', winnerIds: winners.map((i) => i.id), reason }
}

/** A monthly total in whole cents, so rounding noise never decides. */
const cents = (i: ComparedItem) => Math.round(i.cost.monthlyUsd * 100)

function incompleteTotal(i: ComparedItem): IncompleteTotal {
  return { name: i.name, monthlyUsd: i.cost.monthlyUsd, unknownCount: i.cost.unknownLineIds.length, unknownLines: i.cost.unknownLineLabels }
}

function pickFinance(items: readonly ComparedItem[]): Winner {
  const winners = best(
    items.filter((i) => i.cost.complete),
    (i) => [cents(i)],
  )
  const incomplete = items.filter((i) => !i.cost.complete)
  // A line without a price costs something or nothing, never less: a plan with unknown lines costs at
  // least its known part, so it can only be ruled out when that part alone is dearer than the winner.
  const couldBeCheaper = winners.length === 0 ? incomplete : incomplete.filter((i) => cents(i) < cents(winners[0]!))
  if (couldBeCheaper.length > 0)
    return { stakeholder: 'finance', winnerIds: [], reason: compareReason('winner.finance-cannot-tell', { plans: couldBeCheaper.map(incompleteTotal) }) }
  const w = winners[0]!
  const budget = w.cost.budget
  const reason = compareReason('winner.finance', {
    winners: names(winners),
    monthlyUsd: w.cost.monthlyUsd,
    monthlyKrw: w.cost.monthlyKrw,
    dearerIncomplete: incomplete.map(incompleteTotal),
    budget: { withinBudget: budget.withinBudget, allOver: items.every((i) => !i.cost.budget.withinBudget), budgetKrw: budget.budgetKrw, overByKrw: budget.overByKrw },
  })
  return { stakeholder: 'finance', winnerIds: winners.map((i) => i.id), reason }
}

function pickCto(items: readonly ComparedItem[]): Winner {
  const meeting = items.filter((i) => i.capacity.meetsSla && i.capacity.worstPeakP95Ms !== null)
  const slaMs = items[0]!.capacity.slaP95Ms
  if (meeting.length === 0) return { stakeholder: 'cto', winnerIds: [], reason: compareReason('winner.cto-none') }
  const p95 = (i: ComparedItem) => i.capacity.worstPeakP95Ms ?? Infinity
  const winners = best(meeting, (i) => [Math.round(p95(i))])
  const w = winners[0]!
  const reason = isTie(winners, items)
    ? compareReason('winner.cto-tie', { p95Ms: p95(w), slaMs })
    : compareReason('winner.cto', {
        winners: names(winners),
        p95Ms: p95(w),
        slaMs,
        others: meeting.filter((i) => !winners.includes(i)).map((i) => ({ name: i.name, p95Ms: p95(i) })),
        missed: names(items.filter((i) => !meeting.includes(i))),
      })
  return { stakeholder: 'cto', winnerIds: winners.map((i) => i.id), reason }
}

function pickSecurity(items: readonly ComparedItem[]): Winner {
  const winners = best(items, (i) => [i.security.counts.high, i.security.counts.medium, i.security.counts.low])
  const w = winners[0]!
  const reason = isTie(winners, items)
    ? compareReason('winner.security-tie', { counts: w.security.counts })
    : compareReason('winner.security', {
        winners: names(winners),
        counts: w.security.counts,
        others: items.filter((i) => !winners.includes(i)).map((i) => ({ name: i.name, counts: i.security.counts })),
      })
  return { stakeholder: 'security', winnerIds: winners.map((i) => i.id), reason }
}

function pickBusiness(items: readonly ComparedItem[]): Winner {
  const carried = items.filter((i) => i.capacity.peakCarried)
  const first = items[0]!
  const peak = { peakName: first.capacity.peakName, peakRps: first.capacity.peakRps }
  if (carried.length === 0) return { stakeholder: 'business', winnerIds: [], reason: compareReason('winner.business-none', peak) }
  // Headroom in whole percent, so rounding noise never decides; a plan without peak traffic has unlimited headroom.
  const percent = (i: ComparedItem) => (i.capacity.peakHeadroom === null ? null : Math.round(i.capacity.peakHeadroom * 100))
  const winners = best(carried, (i) => [-(percent(i) ?? Infinity)])
  const w = winners[0]!
  const reason = isTie(winners, items)
    ? compareReason('winner.business-tie', { ...peak, headroomPercent: percent(w) })
    : compareReason('winner.business', {
        ...peak,
        winners: names(winners),
        headroomPercent: percent(w),
        others: carried.filter((i) => !winners.includes(i)).map((i) => ({ name: i.name, headroomPercent: percent(i) })),
        notCarried: names(items.filter((i) => !carried.includes(i))),
      })
  return { stakeholder: 'business', winnerIds: winners.map((i) => i.id), reason }
}

/**
 * Which plan each stakeholder would pick, and why, from the figures of a comparison. Ties all win.
 * - ops: most scenarios recovered automatically; then fewer unbounded RTOs; then the lower RTO sum.
 * - business: carries the peak within the SLA with the most capacity to spare at the autoscaling maximum.
 * - security: fewest high findings, then medium, then low.
 * - finance: lowest monthly cost among plans whose every price is known, declared only when no plan with
 *   unknown lines could be cheaper (its known part is a lower bound); otherwise "cannot tell", naming those plans.
 * - cto: lowest worst peak p95 among plans meeting the SLA.
 * Example: finance, between seed 001's complete plans → plan 3 at $209.53; between a complete $304.39
 * and a plan of "at least $136.21" → cannot tell, naming the second plan.
 */
export function pickWinners(comparison: Comparison): Winner[] {
  const { items } = comparison
  const byStakeholder: Record<Stakeholder, Winner> = {
    ops: pickOps(items),
    business: pickBusiness(items),
    security: pickSecurity(items),
    finance: pickFinance(items),
    cto: pickCto(items),
  }
  return STAKEHOLDERS.map((s) => byStakeholder[s])
}
