import type { ArchitectureConfig } from '../model'
import { plain } from './recovery-reasons'
import { CROSS_REGION_SNAPSHOT_RPO_MINUTES, REGION_DR_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

const USE_WARM_STANDBY = plain('recovery.improve.warm-standby')

/**
 * The whole region is unavailable. Only the disaster-recovery strategy matters: nothing inside the
 * region can help. The times follow the AWS disaster-recovery whitepaper's tiers.
 * Example (swiftlogix): no DR, no cross-region backups → manual, RTO and RPO unbounded.
 */
export function assessRegionOutage(config: ArchitectureConfig): ScenarioDraft {
  const { mode, crossRegionBackups } = config.disasterRecovery
  const region = config.region
  const base = { id: 'region-outage' } as const
  const declareDisaster = { code: 'recovery.step.region-declare', params: { region } } as const
  switch (mode) {
    case 'none':
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes: crossRegionBackups ? CROSS_REGION_SNAPSHOT_RPO_MINUTES : null,
        reason: { code: 'recovery.region-outage.no-plan', params: { region, crossRegionBackups, snapshotRpoMinutes: CROSS_REGION_SNAPSHOT_RPO_MINUTES } },
        steps: [{ code: 'recovery.step.region-stops', params: { region } }, plain('recovery.step.wait-or-rebuild')],
        singlePointsOfFailure: ['region'],
        improvement: USE_WARM_STANDBY,
      }
    case 'backup-restore': {
      const { rto, rpo, rpoWithCrossRegionBackups } = REGION_DR_MINUTES['backup-restore']
      const rpoMinutes = crossRegionBackups ? rpoWithCrossRegionBackups : rpo
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: rto,
        rpoMinutes,
        reason: { code: 'recovery.region-outage.backup-restore', params: { rto, rpoMinutes, crossRegionBackups } },
        steps: [declareDisaster, plain('recovery.step.deploy-second-region'), plain('recovery.step.dns-second-region')],
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
        reason: { code: 'recovery.region-outage.pilot-light', params: { rto, rpo } },
        steps: [declareDisaster, plain('recovery.step.promote-second-region'), plain('recovery.step.dns-second-region')],
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
        reason: { code: 'recovery.region-outage.warm-standby', params: { rto, rpo } },
        steps: [{ code: 'recovery.step.region-dns-fails', params: { region } }, plain('recovery.step.traffic-to-standby'), plain('recovery.step.standby-scales')],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
  }
}
