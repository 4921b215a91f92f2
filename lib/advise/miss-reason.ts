import type { AdviceReason } from './advise-reasons'
import type { BoundMiss, GoalMiss } from './types'

/** A missed bound as the reason the catalog words: { bound: 'month', by: 42660 } → advise.miss.budget { overByKrw: 42660 }. */
export function boundReason(miss: BoundMiss): AdviceReason {
  switch (miss.bound) {
    case 'month':
      return { code: 'advise.miss.budget', params: { overByKrw: miss.by } }
    case 'peak-month':
      return { code: 'advise.miss.peak-budget', params: { overByKrw: miss.by } }
    case 'p95':
      return { code: 'advise.miss.sla', params: { overByMs: miss.by } }
    case 'coverage':
      return { code: 'advise.miss.recovery', params: { shortBy: miss.by } }
    case 'rto':
    case 'rpo':
      return { code: `advise.miss.${miss.bound}`, params: { scenario: miss.scenario, minutes: miss.minutes, overByMinutes: miss.by } }
    case 'high-findings':
      return { code: 'advise.miss.security', params: { highFindings: miss.by } }
  }
}

/** The bound a goal's `by` measures when a miss names none: the typical month, the p95, the coverage, the findings. */
const FIRST_BOUND = { budget: 'month', sla: 'p95', recovery: 'coverage', security: 'high-findings' } as const

/**
 * A missed goal as the reasons the catalog words, one per bound it misses: a budget over in the typical
 * and the peak month → advise.miss.budget and advise.miss.peak-budget. A miss without bounds is worded by its `by`.
 */
export function missReasons({ goal, by, bounds }: Pick<GoalMiss, 'goal' | 'by'> & { bounds?: BoundMiss[] }): AdviceReason[] {
  return bounds && bounds.length > 0 ? bounds.map(boundReason) : [boundReason({ bound: FIRST_BOUND[goal], by })]
}

/** A missed goal's first bound as a reason: { goal: 'budget', by: 42660 } → advise.miss.budget { overByKrw: 42660 }. */
export function missReason(miss: Pick<GoalMiss, 'goal' | 'by'> & { bounds?: BoundMiss[] }): AdviceReason {
  return missReasons(miss)[0]!
}
