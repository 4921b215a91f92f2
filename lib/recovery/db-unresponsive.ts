import type { ArchitectureConfig } from '../model'
import { assessDatabaseFailover } from './database-failover'
import { plain } from './recovery-reasons'
import { RDS_HOST_REPLACEMENT_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

/**
 * The database primary stops answering (a failed host or a hung engine); its storage is intact.
 * Multi-AZ fails over to the standby. A Single-AZ instance is not restored from backup: RDS
 * replaces the host by itself on the same storage ("Amazon RDS automatically replaces the compute
 * instance powering your deployment in the event of a hardware failure", Amazon RDS features), so
 * no write is lost, only time; a point-in-time restore is for lost storage (az-outage).
 * Example: Multi-AZ → auto, RTO 2 min (failover 60–120 s), RPO 0; Single-AZ → auto, RTO 30 min, RPO 0,
 * and the database stays a single point of failure.
 */
export function assessDbUnresponsive(config: ArchitectureConfig): ScenarioDraft {
  if (config.database.multiAz) {
    const db = assessDatabaseFailover(config.database)
    return { id: 'db-unresponsive', mode: db.mode, rtoMinutes: db.rtoMinutes, rpoMinutes: db.rpoMinutes, reason: db.reason, steps: db.steps, singlePointsOfFailure: [], improvement: db.improvement }
  }
  const replaceMinutes = RDS_HOST_REPLACEMENT_MINUTES
  return {
    id: 'db-unresponsive',
    mode: 'auto',
    rtoMinutes: replaceMinutes,
    rpoMinutes: 0,
    reason: { code: 'recovery.db-unresponsive.host-replaced', params: { replaceMinutes } },
    steps: [plain('recovery.step.rds-detects'), plain('recovery.step.rds-replaces-host'), plain('recovery.step.app-reconnects-same')],
    singlePointsOfFailure: ['database'],
    improvement: null,
  }
}
