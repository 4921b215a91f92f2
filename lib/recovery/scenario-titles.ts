import type { ScenarioId } from './types'

/** What each scenario is called on screen, in the words an on-call engineer uses. */
export const SCENARIO_TITLES: Record<ScenarioId, string> = {
  'task-crash': 'App crash / OOM',
  'host-failure': 'Host failure',
  'db-unresponsive': 'Database unresponsive',
  'az-outage': 'Availability zone outage',
  'bad-deploy': 'Bad deploy (crash loop)',
  'db-disk-full': 'Database disk full',
  'nat-loss': 'NAT gateway lost',
  'region-outage': 'Region outage',
}
