import type { Reason } from '../explain/reason'
import type { RecoveryMode, ScenarioId } from './scenario-ids'
import type { TaskReplacement } from './task-replacement'

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

/** Why the database comes back as it does when its primary (or the primary's AZ) is gone. */
export type DatabaseReason =
  | Reason<'recovery.database.multi-az', { minSeconds: number; maxSeconds: number; rtoMinutes: number }>
  | Reason<'recovery.database.read-replica', { replicas: number; promotionMinutes: number; lagMinutes: number }>
  | Reason<'recovery.database.restore-backup', { restoreMinutes: number; retentionDays: number; logUploadMinutes: number }>
  | Reason<'recovery.database.no-backups'>

/** One part of an AZ outage: why it recovers on its own or needs a person. */
export type AzPartReason =
  | DatabaseReason
  | Reason<'recovery.az-app.one-az', { rebuildMinutes: number }>
  | Reason<'recovery.az-app.thin-replaced', { services: string[]; azCount: number; slowest: TaskReplacement | null }>
  | Reason<'recovery.az-app.spread', { azCount: number; slowest: TaskReplacement | null }>
  | Reason<'recovery.az-nat.per-az'>
  | Reason<'recovery.az-nat.single-with-endpoints', { endpoints: string[] }>
  | Reason<'recovery.az-nat.single', { rebuildMinutes: number }>
  | Reason<'recovery.az-nat.none-with-endpoints', { endpoints: string[] }>
  | Reason<'recovery.az-nat.none', { missing: string[] }>
  | Reason<'recovery.az-nat.instance', { instanceType: string; rebuildMinutes: number }>
  | Reason<'recovery.az-lb.one-az', { rebuildMinutes: number }>
  | Reason<'recovery.az-lb.spread', { azCount: number; ttlSeconds: number; rtoMinutes: number }>

/** Why a scenario has its mode, RTO and RPO: the facts behind the sentences. */
export type ScenarioReason =
  | DatabaseReason
  | Reason<'recovery.task-crash.reason', { slowest: TaskReplacement | null; runningCount: number; singles: string[]; idle: string[] }>
  | Reason<
      'recovery.host-failure.reason',
      { fargate: boolean; ec2: boolean; slowest: TaskReplacement | null; runningCount: number; singles: string[]; idle: string[]; bastion: boolean; singleCacheNode: boolean }
    >
  | Reason<'recovery.db-unresponsive.host-replaced', { replaceMinutes: number }>
  | Reason<
      'recovery.db-disk-full.autoscaling',
      { storageGb: number; maxStorageGb: number; freePercent: number; growMinutes: number; stepGb: number; capped: boolean; cooldownHours: number }
    >
  | Reason<'recovery.db-disk-full.no-autoscaling', { storageGb: number; resizeMinutes: number; alarms: number }>
  | Reason<'recovery.bad-deploy.reason', { guarded: string[]; unguarded: string[]; singleInstance: string[]; breakerMinutes: number; manualMinutes: number }>
  | Reason<
      'recovery.az-outage.reason',
      { parts: { component: PartComponent; mode: RecoveryMode }[]; rtos: (number | null)[]; rtoMinutes: number | null; rpoMinutes: number | null; bastion: boolean; singleCacheNode: boolean }
    >
  | Reason<'recovery.nat-loss.per-az', { azCount: number; minutes: number; detectionSeconds: number }>
  | Reason<'recovery.nat-loss.single-with-endpoints', { endpoints: string[]; minutes: number }>
  | Reason<'recovery.nat-loss.single', { minutes: number }>
  | Reason<'recovery.nat-instance-loss.manual', { instanceType: string; endpoints: boolean; minutes: number }>
  | Reason<'recovery.endpoint-loss.endpoints', { endpoints: string[] }>
  | Reason<'recovery.endpoint-loss.no-egress-path', { missing: string[] }>
  | Reason<'recovery.region-outage.no-plan', { region: string; crossRegionBackups: boolean; snapshotRpoMinutes: number }>
  | Reason<'recovery.region-outage.backup-restore', { rto: number; rpoMinutes: number; crossRegionBackups: boolean }>
  | Reason<'recovery.region-outage.pilot-light', { rto: number; rpo: number }>
  | Reason<'recovery.region-outage.warm-standby', { rto: number; rpo: number }>

/** Steps without facts of their own, by what happens. */
type PlainStep =
  | 'bastion-not-replaced'
  | 'rds-detects'
  | 'app-reconnects-standby'
  | 'rds-replaces-host'
  | 'app-reconnects-same'
  | 'db-outage-confirmed'
  | 'promote-replica'
  | 'repoint-promoted'
  | 'restore-latest'
  | 'repoint-new'
  | 'reboot-or-repair'
  | 'storage-alarm-or-fail'
  | 'writes-fail'
  | 'raise-storage'
  | 'writes-resume'
  | 'bad-revision-fails'
  | 'old-tasks-serve'
  | 'deployment-stalls'
  | 'breaker-marks-failed'
  | 'ecs-redeploys'
  | 'person-redeploys'
  | 'az-stops'
  | 'endpoint-interface-fails'
  | 'running-tasks-serve'
  | 'ecs-retries-start'
  | 'images-fail'
  | 'add-nat-or-endpoints'
  | 'az-nat-stops'
  | 'az-tasks-keep-traffic'
  | 'nat-gateway-stops'
  | 'create-nat-gateway'
  | 'routes-new-gateway'
  | 'nat-instance-stops'
  | 'launch-nat-instance'
  | 'routes-new-instance'
  | 'wait-or-rebuild'
  | 'deploy-second-region'
  | 'dns-second-region'
  | 'promote-second-region'
  | 'traffic-to-standby'
  | 'standby-scales'

/** One step of what happens, in order: detect → replace → healthy. */
export type RecoveryStep =
  | { [S in PlainStep]: Reason<`recovery.step.${S}`> }[PlainStep]
  | Reason<'recovery.step.health-check-fails', { unhealthyThreshold: number; intervalSeconds: number; detectionSeconds: number }>
  | Reason<'recovery.step.replacement-starts', { compute: 'fargate' | 'ec2'; startSeconds: number }>
  | Reason<'recovery.step.replacement-healthy', { loadBalanced: boolean }>
  | Reason<'recovery.step.rds-repoints', { minSeconds: number; maxSeconds: number }>
  | Reason<'recovery.step.free-storage-falls', { freePercent: number }>
  | Reason<'recovery.step.rds-grows', { growMinutes: number; stepGb: number }>
  | Reason<'recovery.step.second-fill-waits', { cooldownHours: number }>
  | Reason<'recovery.step.writes-continue', { maxStorageGb: number }>
  | Reason<'recovery.step.az-part', { component: PartComponent; mode: RecoveryMode; reason: AzPartReason }>
  | Reason<'recovery.step.region-stops', { region: string }>
  | Reason<'recovery.step.region-declare', { region: string }>
  | Reason<'recovery.step.region-dns-fails', { region: string }>

/** One config change that would make a scenario recover by itself. */
export type SingleImprovement =
  | Reason<'recovery.improve.run-one-task', { services: string[] }>
  | Reason<'recovery.improve.multi-az'>
  | Reason<'recovery.improve.storage-autoscaling', { storageGb: number }>
  | Reason<'recovery.improve.auto-rollback', { services: string[] }>
  | Reason<'recovery.improve.two-azs'>
  | Reason<'recovery.improve.nat-per-az'>
  | Reason<'recovery.improve.replace-nat-instance'>
  | Reason<'recovery.improve.vpc-endpoints', { missing: string[] }>
  | Reason<'recovery.improve.egress-health-check', { services: string[] }>
  | Reason<'recovery.improve.warm-standby'>

/** The change to make, or several at once (an AZ outage: one per part that needs a person). */
export type Improvement = SingleImprovement | Reason<'recovery.improve.several', { items: SingleImprovement[] }>

export type RecoveryReason = ScenarioTitle | ModeWord | PartLabel | CoverageFormula | ScenarioReason | AzPartReason | RecoveryStep | Improvement

/** A step or improvement without facts: plain('recovery.step.az-stops'). */
export function plain<C extends RecoveryReason['code']>(code: C): { code: C; params: Record<string, never> } {
  return { code, params: {} }
}

/** scenarioTitle('nat-loss') → the reason the catalog words as "NAT gateway lost". */
export function scenarioTitle(id: ScenarioId): ScenarioTitle {
  return { code: `recovery.title.${id}`, params: {} } as ScenarioTitle
}

/** modeWord('partial') → the reason the catalog words as "partial" in English. */
export function modeWord(mode: RecoveryMode): ModeWord {
  return { code: `recovery.mode.${mode}`, params: {} } as ModeWord
}

/** partLabel('load-balancer') → the reason the catalog words as "load balancer". */
export function partLabel(component: PartComponent): PartLabel {
  return { code: `recovery.part.${component}`, params: {} } as PartLabel
}

/**
 * Several config changes as one instruction, without repeats; null when there are none.
 * Example: [multi-az, nat-per-az] → { code: 'recovery.improve.several', params: { items: [multi-az, nat-per-az] } },
 * worded "Turn on Database Multi-AZ and run one NAT gateway per AZ".
 */
export function joinImprovements(improvements: readonly (Improvement | null)[]): Improvement | null {
  const flat = improvements.flatMap((i): SingleImprovement[] => (i === null ? [] : i.code === 'recovery.improve.several' ? i.params.items : [i]))
  const unique = [...new Map(flat.map((i) => [JSON.stringify(i), i])).values()]
  if (unique.length === 0) return null
  if (unique.length === 1) return unique[0]!
  return { code: 'recovery.improve.several', params: { items: unique } }
}
