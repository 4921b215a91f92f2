import { formatKrw, formatUsd, type Locale } from '../i18n'
import type { Scenario, Service } from '../model'
import { getAt, setAt, valueAt, type KeyPath, type Path, type ValueAt } from './config-paths'
import { FIELD, NAT_WORD, VALUE, fill, onOff, purchaseWord, type Words } from './words'

/**
 * One setting a diff names in plain words. `apply` copies the second plan's value into a copy of
 * the first, so its effect can be computed alone.
 */
type FieldSpec = {
  path: string
  label: Words
  /** Both plans have what this field describes (a bastion's type needs a bastion on both sides). */
  applies?: (a: Scenario, b: Scenario) => boolean
  read: (s: Scenario) => unknown
  show: (s: Scenario, locale: Locale) => string
  apply: (target: Scenario, source: Scenario) => void
}

type ScenarioPath = KeyPath<Scenario>

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value))

/** Copies the values at `paths` from the source plan into the target plan. */
function copy(...paths: Path[]) {
  return (target: Scenario, source: Scenario) => {
    for (const path of paths) setAt(target, path, clone(getAt(source, path)))
  }
}

/**
 * A setting at one typed path: compared by the value there, shown from it, and applied by copying
 * it, e.g. `setting(['config', 'database', 'multiAz'], FIELD.dbMultiAz, (on, l) => onOff(on, l))`.
 * `read` compares something narrower or wider than the value (the NAT as it is shown), `alsoCopies`
 * names what must travel with it (the routes with the NAT), and `apply` replaces the copy.
 */
function setting<P extends ScenarioPath>(
  path: P,
  label: Words,
  show: (value: ValueAt<Scenario, P>, locale: Locale, s: Scenario) => string,
  more: { applies?: FieldSpec['applies']; read?: FieldSpec['read']; alsoCopies?: ScenarioPath[]; apply?: FieldSpec['apply'] } = {},
): FieldSpec {
  return {
    path: path.join('.'),
    label,
    ...(more.applies && { applies: more.applies }),
    read: more.read ?? ((s) => valueAt(s, path)),
    show: (s, locale) => show(valueAt(s, path), locale, s),
    apply: more.apply ?? copy(path, ...(more.alsoCopies ?? [])),
  }
}

/** Shows a value that `applies` guarantees on both sides; "none" should that ever not hold. */
function whenPresent<V>(show: (value: V, locale: Locale) => string) {
  return (value: V | undefined, locale: Locale) => (value === undefined ? VALUE.absent[locale] : show(value, locale))
}

const words = (en: string, ko: string): Words => ({ en, ko })
const DR_WORD: Record<Scenario['config']['disasterRecovery']['mode'], Words> = {
  none: words('none', '없음'),
  'backup-restore': words('backup and restore', '백업·복원'),
  'pilot-light': words('pilot light', '파일럿 라이트'),
  'warm-standby': words('warm standby', '웜 스탠바이'),
}
const INSIGHTS_WORD: Record<Scenario['config']['database']['insights'], Words> = {
  off: words('off', '끔'),
  standard: words('standard', '표준'),
  advanced: words('advanced', '고급'),
}

function natText({ mode, instanceType }: Scenario['config']['network']['nat'], locale: Locale): string {
  return mode === 'instance' ? `${NAT_WORD[locale].instance} (${instanceType})` : NAT_WORD[locale][mode]
}

function loadBalancerText(lbs: Scenario['config']['loadBalancers']): string {
  return lbs.length === 0 ? '0' : `${lbs.length} (${lbs.map((lb) => lb.name).join(', ')})`
}

function budgetText(monthly: number, locale: Locale, s: Scenario): string {
  return s.requirements.budget.currency === 'KRW' ? formatKrw(monthly, locale) : formatUsd(monthly, locale)
}

const t = (template: Words, locale: Locale, values: Record<string, string | number>) => fill(template[locale], values)

/**
 * The settings a comparison names, from the network inwards, then the requirements. Anything not
 * listed here still shows up, as a generic "X changed" entry (see diff-configs.ts).
 */
export const SCENARIO_FIELDS: FieldSpec[] = [
  setting(['config', 'region'], FIELD.region, (region) => region),
  setting(['config', 'network', 'azCount'], FIELD.azCount, (n) => String(n)),
  // The app tier's default route and the internet gateway go with the NAT (as the dashboard's control does).
  setting(['config', 'network', 'nat'], FIELD.nat, natText, {
    read: (s) => natText(s.config.network.nat, 'en'),
    alsoCopies: [['config', 'network', 'routing'], ['config', 'network', 'internetGateway']],
  }),
  setting(['config', 'network', 'flowLogs'], FIELD.flowLogs, onOff),
  setting(['config', 'network', 'vpcEndpoints'], FIELD.vpcEndpoints, (ids, l) => (ids.length === 0 ? VALUE.absent[l] : [...ids].sort().join(', ')), {
    read: (s) => [...s.config.network.vpcEndpoints].sort(),
  }),
  setting(['config', 'loadBalancers'], FIELD.loadBalancers, loadBalancerText, {
    read: (s) => s.config.loadBalancers.map((lb) => `${lb.id}:${lb.scheme}:${lb.name}`).sort(),
    apply: (target, source) => {
      // Load balancers come with their security groups and the services' assignments to them.
      const lbIds = new Set(source.config.loadBalancers.map((lb) => lb.id))
      const fallback = source.config.loadBalancers.find((lb) => lb.scheme === 'external')?.id ?? source.config.loadBalancers[0]?.id
      target.config.loadBalancers = clone(source.config.loadBalancers)
      target.config.securityGroups = clone(source.config.securityGroups)
      for (const service of target.config.services) {
        const twin = source.config.services.find((s) => s.id === service.id)
        const lb = twin ? twin.loadBalancer : service.loadBalancer && lbIds.has(service.loadBalancer) ? service.loadBalancer : fallback
        if (lb === undefined) delete service.loadBalancer
        else service.loadBalancer = lb
      }
    },
  }),
  setting(['config', 'database', 'engine'], FIELD.dbEngine, (engine) => engine),
  setting(['config', 'database', 'instanceClass'], FIELD.dbClass, (instanceClass) => instanceClass),
  setting(['config', 'database', 'multiAz'], FIELD.dbMultiAz, onOff),
  setting(['config', 'database', 'readReplicas'], FIELD.dbReplicas, (n) => String(n)),
  setting(['config', 'database', 'storageGb'], FIELD.dbStorage, (n, l, s) => `${t(VALUE.gb, l, { n })} ${s.config.database.storageType}`, {
    read: (s) => [s.config.database.storageGb, s.config.database.storageType],
    alsoCopies: [['config', 'database', 'storageType']],
  }),
  setting(['config', 'database', 'maxStorageGb'], FIELD.dbStorageAutoscaling, (n, l) => (n === undefined ? onOff(false, l) : t(VALUE.upTo, l, { n }))),
  setting(['config', 'database', 'purchase'], FIELD.dbPurchase, purchaseWord),
  setting(['config', 'database', 'backupRetentionDays'], FIELD.dbBackups, (n, l) => t(VALUE.days, l, { n })),
  setting(['config', 'database', 'insights'], FIELD.dbInsights, (level, l) => INSIGHTS_WORD[level][l]),
  setting(['config', 'database', 'encrypted'], FIELD.dbEncrypted, onOff),
  setting(['config', 'database', 'publiclyAccessible'], FIELD.dbPublic, onOff),
  setting(['config', 'database', 'appUserLeastPrivilege'], FIELD.dbLeastPrivilege, onOff),
  setting(['config', 'cache'], FIELD.cache, (cache, l) => (cache ? `${cache.nodeType} × ${cache.nodes} (${cache.engine})` : VALUE.absent[l]), {
    applies: (a, b) => !a.config.cache !== !b.config.cache,
    read: (s) => Boolean(s.config.cache),
  }),
  ...[
    setting(['config', 'cache', 'nodeType'], FIELD.cacheNodeType, whenPresent(String)),
    setting(['config', 'cache', 'nodes'], FIELD.cacheNodes, whenPresent(String)),
    setting(['config', 'cache', 'purchase'], FIELD.cachePurchase, whenPresent(purchaseWord)),
  ].map((field): FieldSpec => ({ ...field, applies: (a, b) => Boolean(a.config.cache && b.config.cache) })),
  setting(['config', 'adminAccess', 'bastion'], FIELD.bastion, (bastion, l) => bastion?.instanceType ?? VALUE.absent[l], {
    applies: (a, b) => !a.config.adminAccess.bastion !== !b.config.adminAccess.bastion || Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
    read: (s) => s.config.adminAccess.bastion?.instanceType ?? null,
    apply: (target, source) => {
      const [from, to] = [target.config.adminAccess.bastion, source.config.adminAccess.bastion]
      // Only the instance type when both have one, so the purchase option stays its own change.
      if (from && to) from.instanceType = to.instanceType
      else setAt(target, ['config', 'adminAccess', 'bastion'], clone(to))
    },
  }),
  setting(['config', 'adminAccess', 'bastion', 'purchase'], FIELD.bastionPurchase, whenPresent(purchaseWord), {
    applies: (a, b) => Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
  }),
  setting(['config', 'adminAccess', 'ssm'], FIELD.ssm, onOff),
  setting(['config', 'edge', 'cloudfront'], FIELD.cloudfront, onOff),
  setting(['config', 'edge', 'waf'], FIELD.waf, (waf, l) => (waf.enabled ? t(VALUE.wafOn, l, { n: waf.rules }) : onOff(false, l))),
  setting(['config', 'monitoring', 'containerInsights'], FIELD.containerInsights, onOff),
  setting(['config', 'monitoring', 'logsIngestedGbPerMonth'], FIELD.logs, (n, l) => t(VALUE.gbPerMonth, l, { n })),
  setting(['config', 'monitoring', 'logRetentionDays'], FIELD.logRetention, (n, l) => t(VALUE.days, l, { n })),
  setting(['config', 'disasterRecovery', 'mode'], FIELD.drMode, (mode, l) => DR_WORD[mode][l]),
  setting(['config', 'disasterRecovery', 'crossRegionBackups'], FIELD.crossRegionBackups, onOff),
  setting(['config', 'billing', 'includePublicIpv4'], FIELD.publicIpv4, onOff),
  setting(['requirements', 'budget', 'monthly'], FIELD.budget, budgetText, {
    read: (s) => [s.requirements.budget.monthly, s.requirements.budget.currency],
    alsoCopies: [['requirements', 'budget', 'currency']],
  }),
  setting(['requirements', 'budget', 'krwPerUsd'], FIELD.exchangeRate, (rate) => `${rate} KRW/USD`),
  setting(['requirements', 'traffic', 'peak', 'rps'], FIELD.peakRps, (n, l) => t(VALUE.rps, l, { n })),
  setting(['requirements', 'traffic', 'peak', 'durationHours'], FIELD.peakHours, (n, l) => t(VALUE.hours, l, { n })),
  setting(['requirements', 'sla', 'p95Ms'], FIELD.sla, (ms) => `${ms} ms`),
  setting(['requirements', 'recovery', 'rtoMinutes'], FIELD.rto, (n, l) => t(VALUE.minutes, l, { n })),
  setting(['requirements', 'recovery', 'rpoMinutes'], FIELD.rpo, (n, l) => t(VALUE.minutes, l, { n })),
]

/** One setting of a service, compared between the same service id in both plans. */
type ServiceFieldSpec = {
  key: string
  /** Label for one service ('{service}: tasks') and for all of them at once ('Tasks per service'). */
  label: Words
  groupLabel: Words
  applies: (a: Service, b: Service) => boolean
  read: (s: Service) => unknown
  /** `other` is the same service in the other plan, so a count can mention only the bounds that moved. */
  show: (s: Service, other: Service, locale: Locale) => string
  apply: (target: Service, source: Service) => void
}

/** A service setting at one typed path, read and copied there (like `setting` for the plan). */
function serviceSetting<P extends KeyPath<Service>>(
  path: P,
  labels: { label: Words; groupLabel: Words },
  show: ServiceFieldSpec['show'],
): ServiceFieldSpec {
  return {
    key: path.join('.'),
    ...labels,
    applies: () => true,
    read: (s) => valueAt(s, path),
    show,
    apply: (target, source) => setAt(target, path, clone(valueAt(source, path))),
  }
}

function fargateSize(s: Service): string {
  if (s.compute.kind !== 'fargate') return ''
  const { vcpu, memoryGb, architecture, ephemeralStorageGb } = s.compute
  return `${vcpu} vCPU / ${memoryGb} GB${architecture === 'arm' ? ' arm' : ''}${ephemeralStorageGb > 20 ? `, ${ephemeralStorageGb} GB disk` : ''}`
}

function computeText(s: Service): string {
  return s.compute.kind === 'fargate' ? `Fargate ${fargateSize(s)}` : `EC2 ${s.compute.instanceType}`
}

function countText(s: Service, other: Service, locale: Locale): string {
  const { min, desired, max } = s.count
  const showMax = max !== other.count.max
  const showMin = min !== other.count.min && (min !== desired || other.count.min !== other.count.desired)
  if (showMin) return t(VALUE.tasksRange, locale, { n: desired, min, max })
  if (showMax) return t(VALUE.tasksMax, locale, { n: desired, max })
  return String(desired)
}

const METRIC_WORD: Record<Service['scaling']['metric'], Words> = {
  cpu: words('CPU %', 'CPU %'),
  memory: words('memory %', '메모리 %'),
  'requests-per-target': words('requests per target', '대상당 요청 수'),
  'queue-length': words('queue length', '큐 길이'),
}

export const SERVICE_FIELDS: ServiceFieldSpec[] = [
  serviceSetting(['count'], { label: FIELD.serviceTasks, groupLabel: FIELD.tasks }, countText),
  { ...serviceSetting(['compute'], { label: FIELD.serviceCompute, groupLabel: FIELD.compute }, (s) => computeText(s)), applies: (a, b) => a.compute.kind !== b.compute.kind },
  // Size, instance type and purchase option belong to one kind of compute, so they have no path on both.
  {
    key: 'compute.size',
    label: FIELD.serviceFargateSize,
    groupLabel: FIELD.fargateSize,
    applies: (a, b) => a.compute.kind === 'fargate' && b.compute.kind === 'fargate',
    read: fargateSize,
    show: fargateSize,
    apply: (target, source) => {
      target.compute = clone(source.compute)
    },
  },
  {
    key: 'compute.instanceType',
    label: FIELD.serviceInstanceType,
    groupLabel: FIELD.instanceType,
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.instanceType : null),
    show: (s) => (s.compute.kind === 'ec2' ? s.compute.instanceType : ''),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.instanceType = source.compute.instanceType
    },
  },
  {
    key: 'compute.purchase',
    label: FIELD.serviceComputePurchase,
    groupLabel: FIELD.computePurchase,
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.purchase : null),
    show: (s, _, l) => (s.compute.kind === 'ec2' ? purchaseWord(s.compute.purchase, l) : ''),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.purchase = source.compute.purchase
    },
  },
  serviceSetting(['scaling'], { label: FIELD.serviceScaling, groupLabel: FIELD.scaling }, (s, _, l) => {
    const text = s.scaling.policy === 'none' ? VALUE.scalingNone[l] : t(VALUE.scalingTarget, l, { metric: METRIC_WORD[s.scaling.metric][l], target: s.scaling.target })
    return s.scaling.scheduledPeakCount === undefined ? text : t(VALUE.scheduled, l, { text, n: s.scaling.scheduledPeakCount })
  }),
  serviceSetting(['deployment', 'autoRollback'], { label: FIELD.serviceAutoRollback, groupLabel: FIELD.autoRollback }, (s, _, l) => onOff(s.deployment.autoRollback, l)),
]
