import type { ArchitectureConfig } from '../model'
import { CROSS_REGION_SNAPSHOT_RPO_MINUTES, REGION_DR_MINUTES } from './recovery-times'
import { SCENARIO_TITLES } from './scenario-titles'
import type { ScenarioDraft } from './types'

const USE_WARM_STANDBY = 'Run a warm standby in a second region (disaster recovery: warm standby)'

/**
 * The whole region is unavailable. Only the disaster-recovery strategy matters: nothing inside the
 * region can help. The times follow the AWS disaster-recovery whitepaper's tiers.
 * Example (swiftlogix): no DR, no cross-region backups → manual, RTO and RPO unbounded.
 */
export function assessRegionOutage(config: ArchitectureConfig): ScenarioDraft {
  const { mode, crossRegionBackups } = config.disasterRecovery
  const region = config.region
  const base = { id: 'region-outage', title: SCENARIO_TITLES['region-outage'] } as const
  switch (mode) {
    case 'none': {
      const rpoMinutes = crossRegionBackups ? CROSS_REGION_SNAPSHOT_RPO_MINUTES : null
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes,
        reason:
          `There is no disaster-recovery plan: everything runs in ${region} and nothing is prepared elsewhere, so the recovery time is unbounded. ` +
          (crossRegionBackups
            ? `Snapshots are copied to a second region, so at most a day of writes is lost (RPO ${CROSS_REGION_SNAPSHOT_RPO_MINUTES} min) once someone rebuilds there.`
            : `Backups stay in ${region} too, so a lasting outage can take the data with it (RPO unbounded).`),
        steps: [
          `${region} becomes unavailable; every component stops.`,
          'A person waits for the region to return, or rebuilds the whole stack elsewhere from scratch.',
        ],
        singlePointsOfFailure: ['region'],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'backup-restore': {
      const { rto, rpo, rpoWithCrossRegionBackups } = REGION_DR_MINUTES['backup-restore']
      const rpoMinutes = crossRegionBackups ? rpoWithCrossRegionBackups : rpo
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: rto,
        rpoMinutes,
        reason:
          `Backup and restore: a person rebuilds the stack in a second region from infrastructure code and restores the latest backup there (about ${rto} min). ` +
          (crossRegionBackups
            ? `Automated backups are replicated to the second region, so about ${rpoMinutes} min of writes are lost.`
            : `Without cross-region backup replication the newest copy there is a daily snapshot, so up to ${rpoMinutes} min of writes are lost.`),
        steps: [
          `${region} becomes unavailable; a person declares a disaster.`,
          'The stack is deployed in the second region and the database restored from backup.',
          'DNS is pointed at the second region.',
        ],
        singlePointsOfFailure: ['region'],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'pilot-light': {
      const { rto, rpo } = REGION_DR_MINUTES['pilot-light']
      return {
        ...base,
        mode: 'partial',
        rtoMinutes: rto,
        rpoMinutes: rpo,
        reason:
          `Pilot light: the database is already replicated to a second region, but compute there is off; a person scales it up and switches DNS (about ${rto} min), ` +
          `losing up to ${rpo} min of writes.`,
        steps: [
          `${region} becomes unavailable; a person declares a disaster.`,
          'The replica database in the second region is promoted; services there are scaled up from zero.',
          'DNS is pointed at the second region.',
        ],
        singlePointsOfFailure: [],
        improvement: USE_WARM_STANDBY,
      }
    }
    case 'warm-standby': {
      const { rto, rpo } = REGION_DR_MINUTES['warm-standby']
      return {
        ...base,
        mode: 'auto',
        rtoMinutes: rto,
        rpoMinutes: rpo,
        reason:
          `Warm standby: a scaled-down copy already runs in a second region; DNS failover moves traffic there and it scales out (about ${rto} min), ` +
          `losing up to ${rpo} min of replicated writes.`,
        steps: [
          `${region} becomes unavailable; DNS health checks fail.`,
          'Traffic moves to the standby region, whose database replica is promoted.',
          'The standby scales out to full capacity.',
        ],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
  }
}
