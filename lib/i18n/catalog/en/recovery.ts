import type { RecoveryReason } from '../../../recovery/recovery-reasons'
import { formatNotation as n } from '../../format'
import type { Messages } from '../define'

/** Recovery in English: scenario titles in the words an on-call engineer uses, modes, parts and coverage. */
export const recovery: Messages<RecoveryReason> = {
  'recovery.title.task-crash': () => 'App crash / OOM',
  'recovery.title.host-failure': () => 'Host failure',
  'recovery.title.db-unresponsive': () => 'Database unresponsive',
  'recovery.title.az-outage': () => 'Availability zone outage',
  'recovery.title.bad-deploy': () => 'Bad deploy (crash loop)',
  'recovery.title.db-disk-full': () => 'Database disk full',
  'recovery.title.nat-loss': () => 'NAT gateway lost',
  'recovery.title.region-outage': () => 'Region outage',
  'recovery.mode.auto': () => 'auto',
  'recovery.mode.partial': () => 'partial',
  'recovery.mode.manual': () => 'manual',
  'recovery.part.app': () => 'app',
  'recovery.part.database': () => 'database',
  'recovery.part.nat': () => 'NAT',
  'recovery.part.load-balancer': () => 'load balancer',
  'recovery.coverage.share': (p) => `${p.auto} of ${p.total} scenarios recover automatically = ${n(p.share * 100, 1)} %`,
  'recovery.coverage.none': () => 'no scenarios were assessed',
}
