import type { AzPartReason, Improvement, RecoveryReason, SingleImprovement } from '../../../recovery/recovery-reasons'
import type { TaskReplacement } from '../../../recovery/task-replacement'
import { formatNotation as n } from '../../format'
import { joinList } from '../../join-list'
import type { Messages } from '../define'
import { recoveryTitles } from './recovery-titles'

const list = (items: readonly string[]): string => joinList(items, 'en')

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Lower-cases the first letter unless the first word is an acronym ("NAT", "VPC"). */
function lowerFirst(text: string): string {
  const firstWord = text.split(' ')[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Sentences one after another, the absent ones left out. */
function sentences(parts: readonly (string | false | null)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ')
}

const minutes = (m: number | null): string => (m === null ? 'unbounded' : `${m} min`)
const replacer = (r: Pick<TaskReplacement, 'compute'>): string => (r.compute === 'fargate' ? 'ECS' : 'The Auto Scaling group')
const startDescription = (r: Pick<TaskReplacement, 'compute' | 'startSeconds'>): string =>
  r.compute === 'fargate' ? `a Fargate task pulls its image and starts in about ${r.startSeconds} s` : `an EC2 instance boots and registers in about ${r.startSeconds} s`
const replacementFormula = (r: TaskReplacement): string =>
  `${r.intervalSeconds} s × ${r.unhealthyThreshold} + ${r.startSeconds} s = ${r.totalSeconds} s → ${r.minutes} min`

const TASKS_KEEP_NO_DATA = 'Tasks keep no data, so nothing is lost (RPO 0).'
const NO_DATA_LOST = 'No data is lost (RPO 0).'
const DATA_STAYS = 'Committed data stays (RPO 0).'

/** The sentence behind a replacement time, or that no service runs a task. */
function replacement(r: TaskReplacement | null): string {
  if (!r) return 'No service runs a task.'
  return (
    `${replacer(r)} starts a replacement on its own. The slowest, ${r.serviceName}, takes ${replacementFormula(r)}: ` +
    `${r.detectionSeconds} s of failed health checks before a hung task is replaced (a task that exits is noticed at once), ` +
    `then ${startDescription(r)}; times are rounded up to the next half minute.`
  )
}

/** Whether users notice: only services with a single task have an outage. */
function outage(runningCount: number, singles: readonly string[]): string | null {
  if (runningCount === 0) return null
  if (singles.length === 0)
    return 'Every running service has 2 or more tasks, so users see no outage, only reduced capacity until the replacement is healthy.'
  const verb = singles.length === 1 ? 'runs a single task' : 'each run a single task'
  const whose = singles.length === 1 ? 'its' : 'their'
  return `${list(singles)} ${verb}, so ${whose} users see an outage until the replacement is healthy.`
}

const has = (names: readonly string[]): string => (names.length === 1 ? 'has' : 'have')

const BREAKER = (m: number) =>
  `the deployment circuit breaker stops a release whose tasks keep failing and redeploys the last good revision (about ${m} min)`
const STALL = (m: number) =>
  `the deployment stalls: the crash-looping release keeps failing to start while the old tasks serve, until someone redeploys the previous revision (about ${m} min)`
const ROLLING =
  'A rolling update stops an old task only once a new one is healthy (minimum healthy 100 %), so a release that never gets healthy leaves the old tasks serving: no outage.'

const PART_NAMES: Record<string, string> = { app: 'app', database: 'database', nat: 'NAT', 'load-balancer': 'load balancer' }
const MODE_NAMES: Record<string, string> = { auto: 'auto', partial: 'partial', manual: 'manual' }

/** "The app and load balancer recover on their own; the database and NAT need a person." */
function summariseParts(parts: readonly { component: string; mode: string }[]): string {
  const names = (mode: string) => parts.filter((p) => p.mode === mode).map((p) => PART_NAMES[p.component] ?? p.component)
  const auto = names('auto')
  const manual = names('manual')
  const autoText = auto.length > 0 ? `the ${list(auto)} recover${auto.length === 1 ? 's' : ''} on ${auto.length === 1 ? 'its' : 'their'} own` : ''
  const manualText = manual.length > 0 ? `the ${list(manual)} need${manual.length === 1 ? 's' : ''} a person` : ''
  return `${capitalise([autoText, manualText].filter(Boolean).join('; '))}.`
}

/** A part of an AZ outage in words (the database part is the database's own reason). */
function partReason(reason: AzPartReason): string {
  return (recovery[reason.code] as (params: AzPartReason['params']) => string)(reason.params)
}

function improvementWords(item: SingleImprovement): string {
  return (recovery[item.code] as (params: Improvement['params']) => string)(item.params)
}

/** Recovery in English: scenario titles in the words an on-call engineer uses, modes, parts and coverage. */
export const recovery: Messages<RecoveryReason> = {
  ...recoveryTitles,
  'recovery.mode.auto': () => 'auto',
  'recovery.mode.partial': () => 'partial',
  'recovery.mode.manual': () => 'manual',
  'recovery.part.app': () => 'app',
  'recovery.part.database': () => 'database',
  'recovery.part.nat': () => 'NAT',
  'recovery.part.load-balancer': () => 'load balancer',
  'recovery.coverage.share': (p) => `${p.auto} of ${p.total} scenarios recover automatically = ${n(p.share * 100, 1)} %`,
  'recovery.coverage.none': () => 'no scenarios were assessed',

  'recovery.task-crash.reason': (p) =>
    sentences([
      replacement(p.slowest),
      outage(p.runningCount, p.singles),
      p.idle.length > 0 && `${list(p.idle)} ${has(p.idle)} a desired count of 0, so ECS keeps no task running and nothing starts one again.`,
      TASKS_KEEP_NO_DATA,
    ]),
  'recovery.host-failure.reason': (p) =>
    sentences([
      p.fargate && 'On Fargate AWS owns the host: the tasks on it stop and ECS reschedules them on another host.',
      p.ec2 && 'For EC2 services the Auto Scaling group health check marks the instance unhealthy and launches a new one.',
      replacement(p.slowest),
      outage(p.runningCount, p.singles),
      p.idle.length > 0 && `${list(p.idle)} ${has(p.idle)} a desired count of 0, so nothing is kept running.`,
      p.bastion &&
        'The bastion is a single EC2 instance that nothing replaces: admin access is lost until someone launches a new one, but it is not on the serving path, so it does not change the mode.',
      p.singleCacheNode && 'The cache has a single node: ElastiCache replaces it after a few minutes, empty, and until then every read goes to the database.',
      TASKS_KEEP_NO_DATA,
    ]),
  'recovery.database.multi-az': (p) =>
    `Multi-AZ keeps a synchronous standby in a second AZ: RDS fails over to it in ${p.minSeconds}–${p.maxSeconds} s (→ ${p.rtoMinutes} min), ` +
    'and every committed write is already on the standby, so none is lost (RPO 0).',
  'recovery.database.read-replica': (p) =>
    `The database is Single-AZ, so nothing takes over on its own. A person can promote one of the ${p.replicas === 1 ? '1 read replica' : `${p.replicas} read replicas`} ` +
    `to primary by hand and repoint the app (about ${p.promotionMinutes} min); writes the replica had not ` +
    `yet received, about ${p.lagMinutes} min of replica lag, are lost.`,
  'recovery.database.restore-backup': (p) =>
    'The database is Single-AZ with no standby and no read replica, so a person restores a point-in-time backup ' +
    `into a new instance (about ${p.restoreMinutes} min). With ${p.retentionDays} days of backups RDS ` +
    `uploads transaction logs every ${p.logUploadMinutes} min, so up to ${p.logUploadMinutes} min of writes are lost.`,
  'recovery.db-unresponsive.host-replaced': (p) =>
    'The database is Single-AZ, so nothing takes over, but its storage is intact: RDS replaces the failed host (or restarts a hung engine) by itself ' +
    `and attaches the same storage (about ${p.replaceMinutes} min), so no committed write is lost (RPO 0). A point-in-time restore is only for lost storage, as in an AZ outage; ` +
    'Multi-AZ would fail over to a standby in minutes instead.',
  'recovery.database.no-backups': () =>
    'The database is Single-AZ and automated backups are off (retention 0 days): there is no standby, replica or ' +
    'backup to fall back on, so if the instance cannot be brought back its data is gone. RTO and RPO are unbounded.',
  'recovery.db-disk-full.autoscaling': (p) =>
    sentences([
      `Storage autoscaling is on (${p.storageGb} GB, up to ${p.maxStorageGb} GB): RDS grows the volume when free space ` +
        `stays at or below ${p.freePercent} % for ${p.growMinutes} min, before it is full, by the larger of 10 GiB and 10 % (${p.stepGb} GB), so writes go on: no outage.`,
      `It grows again only ${p.cooldownHours} hours after the last storage modification, and no one can modify storage sooner, so a second fill within ${p.cooldownHours} hours stops writes until then.`,
      p.capped && `That step reaches the ${p.maxStorageGb} GB maximum; after it a person must raise the maximum.`,
      DATA_STAYS,
    ]),
  'recovery.db-disk-full.no-autoscaling': (p) => {
    const warning =
      p.alarms > 0
        ? `With ${p.alarms} CloudWatch alarm${p.alarms === 1 ? '' : 's'}, a free-storage alarm can warn before the volume fills.`
        : 'There are no CloudWatch alarms, so the first warning is failed writes.'
    return (
      `Storage autoscaling is off (${p.storageGb} GB, no higher maximum): when the volume fills the database stops taking writes ` +
      `until someone raises the allocated storage (about ${p.resizeMinutes} min). ${warning} ${DATA_STAYS}`
    )
  },
  'recovery.bad-deploy.reason': (p) => {
    const rollback =
      p.unguarded.length === 0
        ? `Every service has auto-rollback: ${BREAKER(p.breakerMinutes)}.`
        : p.guarded.length === 0
          ? `No service has auto-rollback, so ${STALL(p.manualMinutes)}.`
          : `${list(p.guarded)} roll${p.guarded.length === 1 ? 's' : ''} back by itself: ${BREAKER(p.breakerMinutes)}. ` +
            `${list(p.unguarded)} ${has(p.unguarded)} no auto-rollback, so ${STALL(p.manualMinutes)}.`
    const single =
      p.singleInstance.length > 0 &&
      `${list(p.singleInstance)} ${p.singleInstance.length === 1 ? 'is an Auto Scaling group' : 'are Auto Scaling groups'} of one instance: the instance refresh keeps 90 % healthy ` +
        'and replaces that instance, so users see an outage until the rollback.'
    return sentences([ROLLING, rollback, single, TASKS_KEEP_NO_DATA])
  },
  'recovery.az-outage.reason': (p) =>
    sentences([
      summariseParts(p.parts),
      `Recovery takes the slowest part: max(${p.rtos.map(minutes).join(', ')}) = ${minutes(p.rtoMinutes)}; data loss is the database's (RPO ${minutes(p.rpoMinutes)}).`,
      p.bastion && 'The bastion lives in one AZ and is not replaced, so admin access may be lost too.',
      p.singleCacheNode && 'The single cache node lives in one AZ; until it is replaced every read goes to the database.',
    ]),
  'recovery.az-app.one-az': (p) =>
    `The network has 1 AZ, so every task runs in the failed one; nothing serves until someone redeploys the services in another AZ (about ${p.rebuildMinutes} min).`,
  'recovery.az-app.thin-replaced': (p) =>
    `${list(p.services)} ${p.services.length === 1 ? 'runs' : 'run'} fewer than 2 tasks, so no copy is kept running in a second AZ: ` +
    `if the failed AZ held the task, the service is down until ECS, which keeps the desired count, starts a replacement in the service's subnets in a surviving AZ of the ${p.azCount}` +
    `${p.slowest ? ` (${p.slowest.serviceName}: ${replacementFormula(p.slowest)})` : ''}.`,
  'recovery.az-app.spread': (p) =>
    `Every load-balanced service runs 2 or more tasks, which ECS spreads across the ${p.azCount} AZs: the load balancer sends traffic to the surviving tasks ` +
    `and ECS replaces the lost ones in a surviving AZ${p.slowest ? ` (${p.slowest.serviceName}: ${replacementFormula(p.slowest)})` : ''}.`,
  'recovery.az-nat.per-az': () => 'Each AZ has its own NAT gateway, so the surviving AZ keeps its outbound access.',
  'recovery.az-nat.single-with-endpoints': (p) =>
    `The only NAT gateway may be in the failed AZ, but image pulls go through the ${list(p.endpoints)} endpoints, so replacement tasks still start; ` +
    'outbound calls to the internet from the surviving AZ fail until a NAT gateway is added there.',
  'recovery.az-nat.single': (p) =>
    'The only NAT gateway sits in one AZ: if that AZ fails, tasks in the surviving AZ lose outbound access, so replacement tasks cannot pull ' +
    `their images and outbound calls fail until someone creates a NAT gateway there (about ${p.rebuildMinutes} min).`,
  'recovery.az-nat.none-with-endpoints': (p) => `There is no NAT and image pulls go through the ${list(p.endpoints)} endpoints, so nothing depends on a NAT.`,
  'recovery.az-nat.none': (p) =>
    `There is no NAT and no endpoints for ${list(p.missing)}, so replacement tasks in the surviving AZ cannot pull their images.`,
  'recovery.az-nat.instance': (p) =>
    `The NAT is a single ${p.instanceType} instance in one AZ that nothing replaces: if that AZ fails, the surviving AZ has no egress until someone replaces it there (about ${p.rebuildMinutes} min).`,
  'recovery.az-lb.one-az': (p) =>
    `The network has 1 AZ, so the load balancer has no node elsewhere; traffic stops until someone recreates it across two AZs (about ${p.rebuildMinutes} min).`,
  'recovery.az-lb.spread': (p) =>
    `The load balancer has nodes in ${p.azCount === 2 ? 'both' : `all ${p.azCount}`} AZs; the failed AZ's nodes leave DNS within its ${p.ttlSeconds} s TTL (→ ${p.rtoMinutes} min).`,
  'recovery.endpoint-loss.endpoints': (p) =>
    `There is no NAT: images come through the ${list(p.endpoints)} endpoints, whose interfaces sit in every AZ's private subnet (S3's is a route, not a machine). ` +
    `If one stops answering, running tasks keep serving with the images they have, and ECS retries a task start whose pull failed. ${NO_DATA_LOST}`,
  'recovery.endpoint-loss.no-egress-path': (p) =>
    `There is no NAT and no endpoints for ${list(p.missing)}, so private tasks cannot pull images at all: ` +
    `no task can start until a NAT or the endpoints are added, so the time is unbounded. ${NO_DATA_LOST}`,
  'recovery.nat-loss.per-az': (p) =>
    `Each of the ${p.azCount} AZs has its own NAT gateway, and a NAT gateway is zonal, so losing one cuts only that AZ's egress. ` +
    "Health checks that make no outbound call still pass, so the load balancer keeps sending that AZ's tasks requests, and those needing outbound calls fail " +
    `until someone replaces the gateway (about ${p.minutes} min). Only if the health check exercised egress would those tasks leave service by themselves, ` +
    `after ${p.detectionSeconds} s of failed checks; the model does not say it does, so this counts as partial. ${NO_DATA_LOST}`,
  'recovery.nat-loss.single-with-endpoints': (p) =>
    `All private subnets share one NAT gateway. Images come through the ${list(p.endpoints)} endpoints, so running tasks keep serving and replacements still start, ` +
    `but outbound calls to the internet fail ${natUntil(p.minutes)}. ${NO_DATA_LOST}`,
  'recovery.nat-loss.single': (p) =>
    `All private subnets share one NAT gateway and there are no image-pull endpoints: running tasks keep serving, but outbound calls fail and ` +
    `no replacement task can pull its image ${natUntil(p.minutes)}. ${NO_DATA_LOST}`,
  'recovery.nat-instance-loss.manual': (p) =>
    `The NAT is a single ${p.instanceType} instance in no Auto Scaling group, so nothing replaces it: outbound calls fail` +
    `${p.endpoints ? '' : ' and no replacement task can pull its image'} until someone launches a new one and repoints the private route tables ` +
    `(about ${p.minutes} min). ${NO_DATA_LOST}`,
  'recovery.region-outage.no-plan': (p) => {
    const backups = p.crossRegionBackups
      ? `Snapshots are copied to a second region, so at most a day of writes is lost (RPO ${p.snapshotRpoMinutes} min) once someone rebuilds there.`
      : `Backups stay in ${p.region} too, so a lasting outage can take the data with it (RPO unbounded).`
    return `There is no disaster-recovery plan: everything runs in ${p.region} and nothing is prepared elsewhere, so the recovery time is unbounded. ${backups}`
  },
  'recovery.region-outage.backup-restore': (p) => {
    const loss = p.crossRegionBackups
      ? `Automated backups are replicated to the second region, so about ${p.rpoMinutes} min of writes are lost.`
      : `Without cross-region backup replication the newest copy there is a daily snapshot, so up to ${p.rpoMinutes} min of writes are lost.`
    return `Backup and restore: a person rebuilds the stack in a second region from infrastructure code and restores the latest backup there (about ${p.rto} min). ${loss}`
  },
  'recovery.region-outage.pilot-light': (p) =>
    `Pilot light: the database is already replicated to a second region, but compute there is off; a person scales it up and switches DNS (about ${p.rto} min), ` +
    `losing up to ${p.rpo} min of writes.`,
  'recovery.region-outage.warm-standby': (p) =>
    `Warm standby: a scaled-down copy already runs in a second region; DNS failover moves traffic there and it scales out (about ${p.rto} min), ` +
    `losing up to ${p.rpo} min of replicated writes.`,

  'recovery.step.health-check-fails': (p) =>
    `The health check fails ${p.unhealthyThreshold} times, ${p.intervalSeconds} s apart (${p.detectionSeconds} s); a task that exits is noticed at once.`,
  'recovery.step.replacement-starts': (p) => `${replacer(p)} starts a replacement: ${startDescription(p)}.`,
  'recovery.step.replacement-healthy': (p) =>
    p.loadBalanced
      ? 'The replacement passes its health check and the load balancer sends it traffic again.'
      : 'The replacement passes its health check and takes work again.',
  'recovery.step.bastion-not-replaced': () => 'The bastion is not replaced: someone launches a new one when admin access is needed.',
  'recovery.step.rds-detects': () => 'RDS detects that the primary is not responding.',
  'recovery.step.rds-repoints': (p) => `RDS points the database endpoint at the standby in the other AZ (${p.minSeconds}–${p.maxSeconds} s).`,
  'recovery.step.app-reconnects-standby': () => 'The app reconnects to the same endpoint; RDS rebuilds a new standby in the background.',
  'recovery.step.rds-replaces-host': () => 'RDS restarts the engine or replaces the host, and attaches the same storage.',
  'recovery.step.app-reconnects-same': () => 'The app reconnects to the same endpoint; every committed write is there.',
  'recovery.step.db-outage-confirmed': () => 'An alarm or users report database errors; a person confirms the primary is down.',
  'recovery.step.promote-replica': () => 'The person promotes a read replica to a standalone primary.',
  'recovery.step.repoint-promoted': () => 'The app is repointed at the promoted instance and reconnects; a new replica is created later.',
  'recovery.step.restore-latest': () => 'The person restores the latest restorable time into a new instance.',
  'recovery.step.repoint-new': () => 'The app is repointed at the new instance and reconnects.',
  'recovery.step.reboot-or-repair': () => 'The person can only try to reboot or repair the instance; there is nothing to restore from.',
  'recovery.step.free-storage-falls': (p) => `Free storage falls to ${p.freePercent} % of the volume.`,
  'recovery.step.rds-grows': (p) => `After ${p.growMinutes} min RDS grows the volume by ${p.stepGb} GB, online.`,
  'recovery.step.second-fill-waits': (p) => `A second fill within ${p.cooldownHours} hours of the last growth stops writes until ${p.cooldownHours} hours have passed.`,
  'recovery.step.writes-continue': (p) => `Writes continue; growth stops at ${p.maxStorageGb} GB.`,
  'recovery.step.storage-alarm-or-fail': () => 'A free-storage alarm fires, or writes start failing.',
  'recovery.step.writes-fail': () => 'Writes start failing.',
  'recovery.step.raise-storage': () => 'A person raises the allocated storage.',
  'recovery.step.writes-resume': () => 'Writes resume as soon as the modification starts.',
  'recovery.step.bad-revision-fails': () => 'New tasks start from the bad revision and fail their health checks, again and again.',
  'recovery.step.old-tasks-serve': () => 'The old tasks keep serving: none is stopped until a new one is healthy.',
  'recovery.step.deployment-stalls': () => 'The deployment stalls; alarms on the failing tasks lead a person to the bad revision.',
  'recovery.step.breaker-marks-failed': () => 'After enough failed tasks (at least 3) the circuit breaker marks the deployment failed.',
  'recovery.step.ecs-redeploys': () => 'ECS redeploys the last good revision and the service is healthy again.',
  'recovery.step.person-redeploys': () => 'The person redeploys the previous revision and the service is healthy again.',
  'recovery.step.az-stops': () => 'An AZ stops answering; load balancer health checks mark its targets unhealthy.',
  'recovery.step.az-part': (p) => `${capitalise(PART_NAMES[p.component] ?? p.component)} (${MODE_NAMES[p.mode]}): ${partReason(p.reason)}`,
  'recovery.step.endpoint-interface-fails': () => "One AZ's endpoint interface stops answering.",
  'recovery.step.running-tasks-serve': () => 'Running tasks keep serving with the images they already have.',
  'recovery.step.ecs-retries-start': () => 'ECS retries a task start whose image pull failed until it starts.',
  'recovery.step.images-fail': () => 'Replacement and new tasks fail to pull their images.',
  'recovery.step.add-nat-or-endpoints': () => 'A person adds a NAT gateway or the image-pull endpoints.',
  'recovery.step.az-nat-stops': () => "One AZ's NAT gateway stops; tasks in that AZ lose outbound calls.",
  'recovery.step.az-tasks-keep-traffic': () =>
    "Health checks that make no outbound call still pass: the load balancer keeps sending that AZ's tasks requests, and those needing outbound calls fail.",
  'recovery.step.nat-gateway-stops': () => 'The NAT gateway stops; outbound calls from private tasks time out.',
  'recovery.step.create-nat-gateway': () => 'Alarms or users report errors; a person creates a new NAT gateway.',
  'recovery.step.routes-new-gateway': () => 'The private route tables point at the new NAT gateway and outbound calls work again.',
  'recovery.step.nat-instance-stops': () => 'The NAT instance stops; outbound calls from private tasks time out.',
  'recovery.step.launch-nat-instance': () => 'Alarms or users report errors; a person launches a new NAT instance.',
  'recovery.step.routes-new-instance': () => 'The private route tables point at the new instance and outbound calls work again.',
  'recovery.step.region-stops': (p) => `${p.region} becomes unavailable; every component stops.`,
  'recovery.step.wait-or-rebuild': () => 'A person waits for the region to return, or rebuilds the whole stack elsewhere from scratch.',
  'recovery.step.region-declare': (p) => `${p.region} becomes unavailable; a person declares a disaster.`,
  'recovery.step.deploy-second-region': () => 'The stack is deployed in the second region and the database restored from backup.',
  'recovery.step.dns-second-region': () => 'DNS is pointed at the second region.',
  'recovery.step.promote-second-region': () => 'The replica database in the second region is promoted; services there are scaled up from zero.',
  'recovery.step.region-dns-fails': (p) => `${p.region} becomes unavailable; DNS health checks fail.`,
  'recovery.step.traffic-to-standby': () => 'Traffic moves to the standby region, whose database replica is promoted.',
  'recovery.step.standby-scales': () => 'The standby scales out to full capacity.',

  'recovery.improve.run-one-task': (p) => `Run at least 1 task (desired count ≥ 1) of ${list(p.services)}`,
  'recovery.improve.multi-az': () => 'Turn on Database Multi-AZ',
  'recovery.improve.storage-autoscaling': (p) => `Turn on storage autoscaling (set a database maximum storage above ${p.storageGb} GB)`,
  'recovery.improve.auto-rollback': (p) => `Turn on deployment auto-rollback for ${list(p.services)}`,
  'recovery.improve.two-azs': () => 'Use 2 or more availability zones',
  'recovery.improve.nat-per-az': () => 'Run one NAT gateway per AZ',
  'recovery.improve.replace-nat-instance': () => 'Replace the NAT instance with one NAT gateway per AZ',
  'recovery.improve.vpc-endpoints': (p) => `Add VPC endpoints for ${list(p.missing)}`,
  'recovery.improve.egress-health-check': (p) =>
    `Make the load balancer's health check of ${list(p.services)} exercise outbound access, so tasks that lose it leave service by themselves`,
  'recovery.improve.warm-standby': () => 'Run a warm standby in a second region (disaster recovery: warm standby)',
  'recovery.improve.several': (p) => list(p.items.map((item, i) => (i === 0 ? improvementWords(item) : lowerFirst(improvementWords(item))))),
}

function natUntil(m: number): string {
  return `until someone creates a new NAT gateway and points the private route tables at it (about ${m} min)`
}
