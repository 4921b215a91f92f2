import type { ScenarioTitle } from '../../../recovery/recovery-reasons'
import type { Messages } from '../define'

/**
 * The failure scenarios' titles in English, apart from the rest of recovery: the dashboard's
 * failure-overlay menu shows them on first paint without loading every recovery sentence.
 */
export const recoveryTitles: Messages<ScenarioTitle> = {
  'recovery.title.task-crash': () => 'App crash / OOM',
  'recovery.title.host-failure': () => 'Host failure',
  'recovery.title.db-unresponsive': () => 'Database unresponsive',
  'recovery.title.az-outage': () => 'Availability zone outage',
  'recovery.title.bad-deploy': () => 'Bad deploy (crash loop)',
  'recovery.title.db-disk-full': () => 'Database disk full',
  'recovery.title.nat-loss': () => 'NAT gateway lost',
  'recovery.title.nat-instance-loss': () => 'NAT instance lost',
  'recovery.title.endpoint-loss': () => 'VPC endpoint unavailable',
  'recovery.title.region-outage': () => 'Region outage',
}
