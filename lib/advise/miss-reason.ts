import type { AdviceReason } from './advise-reasons'
import type { Proposal } from './types'

/** A proposal's miss as the reason the catalog words: { goal: 'budget', by: 42660 } → advise.miss.budget { overByKrw: 42660 }. */
export function missReason({ goal, by }: Proposal['misses'][number]): AdviceReason {
  switch (goal) {
    case 'budget':
      return { code: 'advise.miss.budget', params: { overByKrw: by } }
    case 'sla':
      return { code: 'advise.miss.sla', params: { overByMs: by } }
    case 'recovery':
      return { code: 'advise.miss.recovery', params: { shortBy: by } }
    case 'security':
      return { code: 'advise.miss.security', params: { highFindings: by } }
  }
}
