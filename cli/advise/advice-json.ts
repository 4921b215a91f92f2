import type { AdviceResult, Proposal } from '../../lib/advise/types'
import type { ConfigChange } from '../../lib/compare/types'
import { changeWords, sayCompare } from '../../lib/i18n/catalog/say-compare'
import { sayCliAdvise } from '../../lib/i18n/catalog/say-cli-advise'
import { sayBoundMiss, sayFixed, sayLever, sayMiss } from '../../lib/i18n/catalog/say-advise'

/** JSON has no Infinity: a miss or a figure without a bound is written as null. */
const finiteOrNull = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null)

/** A priced change as English words (the whole line, then its parts), with the compare catalog's codes beside them. */
function changeJson(change: ConfigChange) {
  const words = changeWords('en', change)
  return {
    path: change.path,
    text: sayCliAdvise('en', { code: 'cli-advise.change', params: words }),
    label: words.label,
    from: change.from === null ? null : words.from,
    to: change.to === null ? null : words.to,
    effects: change.effects.map((effect, i) => ({ text: sayCompare('en', effect), tone: change.effectTones[i], code: effect.code, params: effect.params })),
    costDeltaUsd: change.impact?.costDeltaUsd ?? null,
    code: change.label.code,
    params: change.label.params,
  }
}

/** One design: its changes against the input, its figures, the goals it meets and by how much it misses the others, and the whole scenario. */
function proposalJson(p: Proposal) {
  return {
    changes: p.changes.map(changeJson),
    monthlyUsd: p.monthlyUsd,
    monthlyKrw: p.monthlyKrw,
    complete: p.complete,
    coverage: p.coverage,
    p95Ms: finiteOrNull(p.p95Ms),
    peakMonthKrw: p.peakMonthKrw,
    meets: p.meets,
    // meets stays { budget, sla, recovery, security }: the peak month is part of the budget, RTO and RPO of recovery; bounds say which.
    misses: p.misses.map((miss) => ({
      goal: miss.goal,
      by: finiteOrNull(miss.by),
      why: sayMiss('en', miss),
      bounds: miss.bounds.map((bound) => ({ ...bound, by: finiteOrNull(bound.by), why: sayBoundMiss('en', bound) })),
    })),
    // The file `archdeck report --config` reads.
    scenario: p.scenario,
  }
}

/**
 * `archdeck advise --json`: `{ source, goals, best, frontier, closest, examined, fixedLevers }`.
 * Field names are a contract for scripts (issue 15): each proposal has `changes[]`, `monthlyUsd`,
 * `monthlyKrw`, `coverage`, `p95Ms`, `meets { budget, sla, recovery, security }` and `scenario`.
 */
export function toAdviceJson(source: string, result: AdviceResult) {
  return {
    source,
    goals: result.goals,
    best: result.best && proposalJson(result.best),
    frontier: result.frontier.map(proposalJson),
    closest: result.closest.map(proposalJson),
    examined: result.examined,
    fixedLevers: result.fixedLevers.map(({ lever, why }) => ({ lever, name: sayLever('en', lever), why: sayFixed('en', why), code: why.code, params: why.params })),
  }
}
