/** auto = AWS recovers without a person; partial = some of it; manual = someone must act. */
export type RecoveryMode = 'auto' | 'partial' | 'manual'

/** From the smallest blast radius to the largest. */
export const SCENARIO_IDS = [
  'task-crash',
  'host-failure',
  'db-unresponsive',
  'az-outage',
  'bad-deploy',
  'db-disk-full',
  'nat-loss',
  'region-outage',
] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]
