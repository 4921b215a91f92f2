import type { ArchitectureConfig } from '../model'
import { assessDatabaseFailover } from './database-failover'
import type { ScenarioDraft } from './types'

/**
 * The database primary stops answering (instance or storage failure, a hung engine).
 * Example: Multi-AZ → auto, RTO 2 min (failover 60–120 s), RPO 0; Single-AZ with 7 days of
 * backups → manual, RTO 60 min (point-in-time restore), RPO 5 min.
 */
export function assessDbUnresponsive(config: ArchitectureConfig): ScenarioDraft {
  const db = assessDatabaseFailover(config.database)
  return {
    id: 'db-unresponsive',
    mode: db.mode,
    rtoMinutes: db.rtoMinutes,
    rpoMinutes: db.rpoMinutes,
    reason: db.reason,
    steps: db.steps,
    singlePointsOfFailure: config.database.multiAz ? [] : ['database'],
    improvement: db.improvement,
  }
}
