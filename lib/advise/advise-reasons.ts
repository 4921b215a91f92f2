import type { Reason } from '../explain/reason'
import type { ScenarioId } from '../recovery/scenario-ids'

/**
 * What the advisor says, as codes with their facts; lib/i18n/catalog/<language>/advise.ts words them.
 * A fixed lever names why the search left it as drawn; a miss says how far a design is from a goal
 * (money in KRW, latency in ms, coverage as a share 0..1, recovery times in minutes, findings as a count).
 */
/** The settings the advisor moves, in the order it tries them. */
export const LEVER_IDS = ['tasks', 'task-size', 'nat', 'db-multi-az', 'db-class', 'db-replicas', 'cache', 'purchase', 'spot-share', 'db-insights', 'admin-access', 'az-count'] as const
export type LeverId = (typeof LEVER_IDS)[number]

export type AdviceReason =
  | Reason<'advise.lever', { lever: LeverId }>
  | Reason<'advise.fixed.no-cache'>
  | Reason<'advise.fixed.no-ec2'>
  | Reason<'advise.fixed.no-fargate'>
  | Reason<'advise.fixed.admin-access-policy', { policy: 'bastion' | 'ssm' }>
  | Reason<'advise.miss.budget', { overByKrw: number }>
  | Reason<'advise.miss.peak-budget', { overByKrw: number }>
  | Reason<'advise.miss.sla', { overByMs: number }>
  | Reason<'advise.miss.recovery', { shortBy: number }>
  | Reason<'advise.miss.rto', { scenario: ScenarioId; minutes: number | null; overByMinutes: number }>
  | Reason<'advise.miss.rpo', { scenario: ScenarioId; minutes: number | null; overByMinutes: number }>
  | Reason<'advise.miss.security', { highFindings: number }>

export type FixedLeverReason = Extract<AdviceReason, { code: `advise.fixed.${string}` }>
