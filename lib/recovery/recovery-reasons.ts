import type { Reason } from '../explain/reason'
import type { RecoveryMode, ScenarioId } from './scenario-ids'

/**
 * What the recovery engine says, as codes with their facts; lib/i18n/catalog/<language>/recovery.ts
 * words them. Numbers are raw minutes and seconds, names and ids as the user typed them.
 */

/** A scenario's name on screen: { code: 'recovery.title.nat-loss', params: {} }. */
export type ScenarioTitle = { [I in ScenarioId]: Reason<`recovery.title.${I}`> }[ScenarioId]

/** A recovery mode as a technical reader says it: { code: 'recovery.mode.auto', params: {} }. */
export type ModeWord = { [M in RecoveryMode]: Reason<`recovery.mode.${M}`> }[RecoveryMode]

/** The pieces of an AZ outage that recover on their own terms. */
export const PART_COMPONENTS = ['app', 'database', 'nat', 'load-balancer'] as const
export type PartComponent = (typeof PART_COMPONENTS)[number]

/** A part's name as sentences and chips write it: { code: 'recovery.part.nat', params: {} }. */
export type PartLabel = { [P in PartComponent]: Reason<`recovery.part.${P}`> }[PartComponent]

/** "5 of 8 scenarios recover automatically = 62.5 %", or that nothing was assessed. */
export type CoverageFormula =
  | Reason<'recovery.coverage.share', { auto: number; total: number; share: number }>
  | Reason<'recovery.coverage.none'>

export type RecoveryReason = ScenarioTitle | ModeWord | PartLabel | CoverageFormula

/** scenarioTitle('nat-loss') → the reason the catalog words as "NAT gateway lost". */
export function scenarioTitle(id: ScenarioId): ScenarioTitle {
  return { code: `recovery.title.${id}`, params: {} } as ScenarioTitle
}

/** modeWord('partial') → the reason the catalog words as "partial" / "부분". */
export function modeWord(mode: RecoveryMode): ModeWord {
  return { code: `recovery.mode.${mode}`, params: {} } as ModeWord
}

/** partLabel('load-balancer') → the reason the catalog words as "load balancer". */
export function partLabel(component: PartComponent): PartLabel {
  return { code: `recovery.part.${component}`, params: {} } as PartLabel
}
