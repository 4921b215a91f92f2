import { formatKrw, formatUsd, type Locale } from '../i18n'
import type { Scenario, Service } from '../model'
import { getAt, setAt, type Path } from './config-paths'
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

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value))

/** Copies the values at `paths` from the source plan into the target plan. */
function copy(...paths: Path[]) {
  return (target: Scenario, source: Scenario) => {
    for (const path of paths) setAt(target, path, clone(getAt(source, path)))
  }
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

function natText(s: Scenario, locale: Locale): string {
  const { mode, instanceType } = s.config.network.nat
  return mode === 'instance' ? `${NAT_WORD[locale].instance} (${instanceType})` : NAT_WORD[locale][mode]
}

function loadBalancerText(s: Scenario): string {
  const lbs = s.config.loadBalancers
  return lbs.length === 0 ? '0' : `${lbs.length} (${lbs.map((lb) => lb.name).join(', ')})`
}

function budgetText(s: Scenario, locale: Locale): string {
  const { monthly, currency } = s.requirements.budget
  return currency === 'KRW' ? formatKrw(monthly, locale) : formatUsd(monthly, locale)
}

const t = (template: Words, locale: Locale, values: Record<string, string | number>) => fill(template[locale], values)

/**
 * The settings a comparison names, from the network inwards, then the requirements. Anything not
 * listed here still shows up, as a generic "X changed" entry (see diff-configs.ts).
 */
export const SCENARIO_FIELDS: FieldSpec[] = [
  { path: 'config.region', label: FIELD.region!, read: (s) => s.config.region, show: (s) => s.config.region, apply: copy(['config', 'region']) },
  { path: 'config.network.azCount', label: FIELD.azCount!, read: (s) => s.config.network.azCount, show: (s) => String(s.config.network.azCount), apply: copy(['config', 'network', 'azCount']) },
  {
    path: 'config.network.nat',
    label: FIELD.nat!,
    read: (s) => natText(s, 'en'),
    show: natText,
    // The app tier's default route and the internet gateway go with the NAT (as the dashboard's control does).
    apply: copy(['config', 'network', 'nat'], ['config', 'network', 'routing'], ['config', 'network', 'internetGateway']),
  },
  { path: 'config.network.flowLogs', label: FIELD.flowLogs!, read: (s) => s.config.network.flowLogs, show: (s, l) => onOff(s.config.network.flowLogs, l), apply: copy(['config', 'network', 'flowLogs']) },
  {
    path: 'config.network.vpcEndpoints',
    label: FIELD.vpcEndpoints!,
    read: (s) => [...s.config.network.vpcEndpoints].sort(),
    show: (s, l) => (s.config.network.vpcEndpoints.length === 0 ? VALUE.absent[l] : [...s.config.network.vpcEndpoints].sort().join(', ')),
    apply: copy(['config', 'network', 'vpcEndpoints']),
  },
  {
    path: 'config.loadBalancers',
    label: FIELD.loadBalancers!,
    read: (s) => s.config.loadBalancers.map((lb) => `${lb.id}:${lb.scheme}:${lb.name}`).sort(),
    show: loadBalancerText,
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
  },
  { path: 'config.database.engine', label: FIELD.dbEngine!, read: (s) => s.config.database.engine, show: (s) => s.config.database.engine, apply: copy(['config', 'database', 'engine']) },
  { path: 'config.database.instanceClass', label: FIELD.dbClass!, read: (s) => s.config.database.instanceClass, show: (s) => s.config.database.instanceClass, apply: copy(['config', 'database', 'instanceClass']) },
  { path: 'config.database.multiAz', label: FIELD.dbMultiAz!, read: (s) => s.config.database.multiAz, show: (s, l) => onOff(s.config.database.multiAz, l), apply: copy(['config', 'database', 'multiAz']) },
  { path: 'config.database.readReplicas', label: FIELD.dbReplicas!, read: (s) => s.config.database.readReplicas, show: (s) => String(s.config.database.readReplicas), apply: copy(['config', 'database', 'readReplicas']) },
  {
    path: 'config.database.storageGb',
    label: FIELD.dbStorage!,
    read: (s) => [s.config.database.storageGb, s.config.database.storageType],
    show: (s, l) => `${t(VALUE.gb, l, { n: s.config.database.storageGb })} ${s.config.database.storageType}`,
    apply: copy(['config', 'database', 'storageGb'], ['config', 'database', 'storageType']),
  },
  {
    path: 'config.database.maxStorageGb',
    label: FIELD.dbStorageAutoscaling!,
    read: (s) => s.config.database.maxStorageGb ?? null,
    show: (s, l) => (s.config.database.maxStorageGb === undefined ? onOff(false, l) : t(VALUE.upTo, l, { n: s.config.database.maxStorageGb })),
    apply: copy(['config', 'database', 'maxStorageGb']),
  },
  { path: 'config.database.purchase', label: FIELD.dbPurchase!, read: (s) => s.config.database.purchase, show: (s, l) => purchaseWord(s.config.database.purchase, l), apply: copy(['config', 'database', 'purchase']) },
  {
    path: 'config.database.backupRetentionDays',
    label: FIELD.dbBackups!,
    read: (s) => s.config.database.backupRetentionDays,
    show: (s, l) => t(VALUE.days, l, { n: s.config.database.backupRetentionDays }),
    apply: copy(['config', 'database', 'backupRetentionDays']),
  },
  { path: 'config.database.insights', label: FIELD.dbInsights!, read: (s) => s.config.database.insights, show: (s, l) => INSIGHTS_WORD[s.config.database.insights][l], apply: copy(['config', 'database', 'insights']) },
  { path: 'config.database.encrypted', label: FIELD.dbEncrypted!, read: (s) => s.config.database.encrypted, show: (s, l) => onOff(s.config.database.encrypted, l), apply: copy(['config', 'database', 'encrypted']) },
  {
    path: 'config.database.publiclyAccessible',
    label: FIELD.dbPublic!,
    read: (s) => s.config.database.publiclyAccessible,
    show: (s, l) => onOff(s.config.database.publiclyAccessible, l),
    apply: copy(['config', 'database', 'publiclyAccessible']),
  },
  {
    path: 'config.database.appUserLeastPrivilege',
    label: FIELD.dbLeastPrivilege!,
    read: (s) => s.config.database.appUserLeastPrivilege,
    show: (s, l) => onOff(s.config.database.appUserLeastPrivilege, l),
    apply: copy(['config', 'database', 'appUserLeastPrivilege']),
  },
  {
    path: 'config.cache',
    label: FIELD.cache!,
    applies: (a, b) => !a.config.cache !== !b.config.cache,
    read: (s) => Boolean(s.config.cache),
    show: (s, l) => (s.config.cache ? `${s.config.cache.nodeType} × ${s.config.cache.nodes} (${s.config.cache.engine})` : VALUE.absent[l]),
    apply: copy(['config', 'cache']),
  },
  ...(['nodeType', 'nodes', 'purchase'] as const).map(
    (key): FieldSpec => ({
      path: `config.cache.${key}`,
      label: FIELD[key === 'nodeType' ? 'cacheNodeType' : key === 'nodes' ? 'cacheNodes' : 'cachePurchase']!,
      applies: (a, b) => Boolean(a.config.cache && b.config.cache),
      read: (s) => s.config.cache?.[key],
      show: (s, l) => (key === 'purchase' ? purchaseWord(s.config.cache!.purchase, l) : String(s.config.cache![key])),
      apply: copy(['config', 'cache', key]),
    }),
  ),
  {
    path: 'config.adminAccess.bastion',
    label: FIELD.bastion!,
    applies: (a, b) => !a.config.adminAccess.bastion !== !b.config.adminAccess.bastion || Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
    read: (s) => s.config.adminAccess.bastion?.instanceType ?? null,
    show: (s, l) => s.config.adminAccess.bastion?.instanceType ?? VALUE.absent[l],
    apply: (target, source) => {
      const [from, to] = [target.config.adminAccess.bastion, source.config.adminAccess.bastion]
      // Only the instance type when both have one, so the purchase option stays its own change.
      if (from && to) from.instanceType = to.instanceType
      else setAt(target, ['config', 'adminAccess', 'bastion'], clone(to))
    },
  },
  {
    path: 'config.adminAccess.bastion.purchase',
    label: FIELD.bastionPurchase!,
    applies: (a, b) => Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
    read: (s) => s.config.adminAccess.bastion?.purchase,
    show: (s, l) => purchaseWord(s.config.adminAccess.bastion!.purchase, l),
    apply: copy(['config', 'adminAccess', 'bastion', 'purchase']),
  },
  { path: 'config.adminAccess.ssm', label: FIELD.ssm!, read: (s) => s.config.adminAccess.ssm, show: (s, l) => onOff(s.config.adminAccess.ssm, l), apply: copy(['config', 'adminAccess', 'ssm']) },
  { path: 'config.edge.cloudfront', label: FIELD.cloudfront!, read: (s) => s.config.edge.cloudfront, show: (s, l) => onOff(s.config.edge.cloudfront, l), apply: copy(['config', 'edge', 'cloudfront']) },
  {
    path: 'config.edge.waf',
    label: FIELD.waf!,
    read: (s) => s.config.edge.waf,
    show: (s, l) => (s.config.edge.waf.enabled ? t(VALUE.wafOn, l, { n: s.config.edge.waf.rules }) : onOff(false, l)),
    apply: copy(['config', 'edge', 'waf']),
  },
  {
    path: 'config.monitoring.containerInsights',
    label: FIELD.containerInsights!,
    read: (s) => s.config.monitoring.containerInsights,
    show: (s, l) => onOff(s.config.monitoring.containerInsights, l),
    apply: copy(['config', 'monitoring', 'containerInsights']),
  },
  {
    path: 'config.monitoring.logsIngestedGbPerMonth',
    label: FIELD.logs!,
    read: (s) => s.config.monitoring.logsIngestedGbPerMonth,
    show: (s, l) => t(VALUE.gbPerMonth, l, { n: s.config.monitoring.logsIngestedGbPerMonth }),
    apply: copy(['config', 'monitoring', 'logsIngestedGbPerMonth']),
  },
  {
    path: 'config.monitoring.logRetentionDays',
    label: FIELD.logRetention!,
    read: (s) => s.config.monitoring.logRetentionDays,
    show: (s, l) => t(VALUE.days, l, { n: s.config.monitoring.logRetentionDays }),
    apply: copy(['config', 'monitoring', 'logRetentionDays']),
  },
  { path: 'config.disasterRecovery.mode', label: FIELD.drMode!, read: (s) => s.config.disasterRecovery.mode, show: (s, l) => DR_WORD[s.config.disasterRecovery.mode][l], apply: copy(['config', 'disasterRecovery', 'mode']) },
  {
    path: 'config.disasterRecovery.crossRegionBackups',
    label: FIELD.crossRegionBackups!,
    read: (s) => s.config.disasterRecovery.crossRegionBackups,
    show: (s, l) => onOff(s.config.disasterRecovery.crossRegionBackups, l),
    apply: copy(['config', 'disasterRecovery', 'crossRegionBackups']),
  },
  {
    path: 'config.billing.includePublicIpv4',
    label: FIELD.publicIpv4!,
    read: (s) => s.config.billing.includePublicIpv4,
    show: (s, l) => onOff(s.config.billing.includePublicIpv4, l),
    apply: copy(['config', 'billing', 'includePublicIpv4']),
  },
  {
    path: 'requirements.budget.monthly',
    label: FIELD.budget!,
    read: (s) => [s.requirements.budget.monthly, s.requirements.budget.currency],
    show: budgetText,
    apply: copy(['requirements', 'budget', 'monthly'], ['requirements', 'budget', 'currency']),
  },
  {
    path: 'requirements.budget.krwPerUsd',
    label: FIELD.exchangeRate!,
    read: (s) => s.requirements.budget.krwPerUsd,
    show: (s) => `${s.requirements.budget.krwPerUsd} KRW/USD`,
    apply: copy(['requirements', 'budget', 'krwPerUsd']),
  },
  {
    path: 'requirements.traffic.peak.rps',
    label: FIELD.peakRps!,
    read: (s) => s.requirements.traffic.peak.rps,
    show: (s, l) => t(VALUE.rps, l, { n: s.requirements.traffic.peak.rps }),
    apply: copy(['requirements', 'traffic', 'peak', 'rps']),
  },
  {
    path: 'requirements.traffic.peak.durationHours',
    label: FIELD.peakHours!,
    read: (s) => s.requirements.traffic.peak.durationHours,
    show: (s, l) => t(VALUE.hours, l, { n: s.requirements.traffic.peak.durationHours }),
    apply: copy(['requirements', 'traffic', 'peak', 'durationHours']),
  },
  { path: 'requirements.sla.p95Ms', label: FIELD.sla!, read: (s) => s.requirements.sla.p95Ms, show: (s) => `${s.requirements.sla.p95Ms} ms`, apply: copy(['requirements', 'sla', 'p95Ms']) },
  {
    path: 'requirements.recovery.rtoMinutes',
    label: FIELD.rto!,
    read: (s) => s.requirements.recovery.rtoMinutes,
    show: (s, l) => t(VALUE.minutes, l, { n: s.requirements.recovery.rtoMinutes }),
    apply: copy(['requirements', 'recovery', 'rtoMinutes']),
  },
  {
    path: 'requirements.recovery.rpoMinutes',
    label: FIELD.rpo!,
    read: (s) => s.requirements.recovery.rpoMinutes,
    show: (s, l) => t(VALUE.minutes, l, { n: s.requirements.recovery.rpoMinutes }),
    apply: copy(['requirements', 'recovery', 'rpoMinutes']),
  },
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
  {
    key: 'count',
    label: FIELD.serviceTasks!,
    groupLabel: FIELD.tasks!,
    applies: () => true,
    read: (s) => s.count,
    show: countText,
    apply: (target, source) => {
      target.count = { ...source.count }
    },
  },
  {
    key: 'compute',
    label: FIELD.serviceCompute!,
    groupLabel: FIELD.compute!,
    applies: (a, b) => a.compute.kind !== b.compute.kind,
    read: (s) => s.compute,
    show: (s) => computeText(s),
    apply: (target, source) => {
      target.compute = clone(source.compute)
    },
  },
  {
    key: 'compute.size',
    label: FIELD.serviceFargateSize!,
    groupLabel: FIELD.fargateSize!,
    applies: (a, b) => a.compute.kind === 'fargate' && b.compute.kind === 'fargate',
    read: fargateSize,
    show: fargateSize,
    apply: (target, source) => {
      target.compute = clone(source.compute)
    },
  },
  {
    key: 'compute.instanceType',
    label: FIELD.serviceInstanceType!,
    groupLabel: FIELD.instanceType!,
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.instanceType : null),
    show: (s) => (s.compute.kind === 'ec2' ? s.compute.instanceType : ''),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.instanceType = source.compute.instanceType
    },
  },
  {
    key: 'compute.purchase',
    label: FIELD.serviceComputePurchase!,
    groupLabel: FIELD.computePurchase!,
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.purchase : null),
    show: (s, _, l) => (s.compute.kind === 'ec2' ? purchaseWord(s.compute.purchase, l) : ''),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.purchase = source.compute.purchase
    },
  },
  {
    key: 'scaling',
    label: FIELD.serviceScaling!,
    groupLabel: FIELD.scaling!,
    applies: () => true,
    read: (s) => s.scaling,
    show: (s, _, l) => {
      const text = s.scaling.policy === 'none' ? VALUE.scalingNone[l] : t(VALUE.scalingTarget, l, { metric: METRIC_WORD[s.scaling.metric][l], target: s.scaling.target })
      return s.scaling.scheduledPeakCount === undefined ? text : t(VALUE.scheduled, l, { text, n: s.scaling.scheduledPeakCount })
    },
    apply: (target, source) => {
      target.scaling = clone(source.scaling)
    },
  },
  {
    key: 'deployment.autoRollback',
    label: FIELD.serviceAutoRollback!,
    groupLabel: FIELD.autoRollback!,
    applies: () => true,
    read: (s) => s.deployment.autoRollback,
    show: (s, _, l) => onOff(s.deployment.autoRollback, l),
    apply: (target, source) => {
      target.deployment = { ...target.deployment, autoRollback: source.deployment.autoRollback }
    },
  },
]
