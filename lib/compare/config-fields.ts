import type { PurchaseOption, Scenario, Service } from '../model'
import { compareReason, type ChangeValue, type FargateSize, type FieldId, type ServiceFieldId } from './compare-reasons'
import { getAt, setAt, valueAt, type KeyPath, type Path, type ValueAt } from './config-paths'

/**
 * One setting a diff names, by its id (the catalog words it). `apply` copies the second plan's
 * value into a copy of the first, so its effect can be computed alone.
 */
type FieldSpec = {
  path: string
  field: FieldId
  /** Both plans have what this field describes (a bastion's type needs a bastion on both sides). */
  applies?: (a: Scenario, b: Scenario) => boolean
  read: (s: Scenario) => unknown
  show: (s: Scenario) => ChangeValue
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
 * it, e.g. `setting(['config', 'database', 'multiAz'], 'dbMultiAz', onOff)`.
 * `read` compares something narrower or wider than the value (the NAT as it is shown), `alsoCopies`
 * names what must travel with it (the routes with the NAT), and `apply` replaces the copy.
 */
function setting<P extends ScenarioPath>(
  path: P,
  field: FieldId,
  show: (value: ValueAt<Scenario, P>, s: Scenario) => ChangeValue,
  more: { applies?: FieldSpec['applies']; read?: FieldSpec['read']; alsoCopies?: ScenarioPath[]; apply?: FieldSpec['apply'] } = {},
): FieldSpec {
  return {
    path: path.join('.'),
    field,
    ...(more.applies && { applies: more.applies }),
    read: more.read ?? ((s) => valueAt(s, path)),
    show: (s) => show(valueAt(s, path), s),
    apply: more.apply ?? copy(path, ...(more.alsoCopies ?? [])),
  }
}

/** Shows a value that `applies` guarantees on both sides; "none" should that ever not hold. */
function whenPresent<V>(show: (value: V) => ChangeValue) {
  return (present: V | undefined) => (present === undefined ? compareReason('value.none') : show(present))
}

const text = (shown: string | number) => compareReason('value.text', { text: String(shown) })
const onOff = (on: boolean) => compareReason('value.on-off', { on })
const purchase = (option: PurchaseOption) => compareReason('value.purchase', { option })

function natValue({ mode, instanceType }: Scenario['config']['network']['nat']): ChangeValue {
  return compareReason('value.nat', { mode, instanceType: mode === 'instance' ? instanceType : null })
}

function loadBalancersValue(lbs: Scenario['config']['loadBalancers']): ChangeValue {
  return text(lbs.length === 0 ? '0' : `${lbs.length} (${lbs.map((lb) => lb.name).join(', ')})`)
}

/**
 * The settings a comparison names, from the network inwards, then the requirements. Anything not
 * listed here still shows up, as a generic "X changed" entry (see diff-configs.ts).
 */
export const SCENARIO_FIELDS: FieldSpec[] = [
  setting(['config', 'region'], 'region', text),
  setting(['config', 'network', 'azCount'], 'azCount', text),
  // The app tier's default route and the internet gateway go with the NAT (as the dashboard's control does).
  setting(['config', 'network', 'nat'], 'nat', natValue, {
    read: (s) => natValue(s.config.network.nat),
    alsoCopies: [['config', 'network', 'routing'], ['config', 'network', 'internetGateway']],
  }),
  setting(['config', 'network', 'flowLogs'], 'flowLogs', onOff),
  setting(['config', 'network', 'vpcEndpoints'], 'vpcEndpoints', (ids) => (ids.length === 0 ? compareReason('value.none') : text([...ids].sort().join(', '))), {
    read: (s) => [...s.config.network.vpcEndpoints].sort(),
  }),
  setting(['config', 'loadBalancers'], 'loadBalancers', loadBalancersValue, {
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
  setting(['config', 'database', 'engine'], 'dbEngine', text),
  setting(['config', 'database', 'instanceClass'], 'dbClass', text),
  setting(['config', 'database', 'multiAz'], 'dbMultiAz', onOff),
  setting(['config', 'database', 'readReplicas'], 'dbReplicas', text),
  setting(['config', 'database', 'storageGb'], 'dbStorage', (gb, s) => compareReason('value.storage', { gb, type: s.config.database.storageType }), {
    read: (s) => [s.config.database.storageGb, s.config.database.storageType],
    alsoCopies: [['config', 'database', 'storageType']],
  }),
  setting(['config', 'database', 'maxStorageGb'], 'dbStorageAutoscaling', (gb) => (gb === undefined ? onOff(false) : compareReason('value.up-to', { gb }))),
  setting(['config', 'database', 'purchase'], 'dbPurchase', purchase),
  setting(['config', 'database', 'backupRetentionDays'], 'dbBackups', (days) => compareReason('value.days', { days })),
  setting(['config', 'database', 'insights'], 'dbInsights', (level) => compareReason('value.insights', { level })),
  setting(['config', 'database', 'encrypted'], 'dbEncrypted', onOff),
  setting(['config', 'database', 'publiclyAccessible'], 'dbPublic', onOff),
  setting(['config', 'database', 'appUserLeastPrivilege'], 'dbLeastPrivilege', onOff),
  setting(['config', 'cache'], 'cache', (cache) => (cache ? compareReason('value.cache', { nodeType: cache.nodeType, nodes: cache.nodes, engine: cache.engine }) : compareReason('value.none')), {
    applies: (a, b) => !a.config.cache !== !b.config.cache,
    read: (s) => Boolean(s.config.cache),
  }),
  ...[
    setting(['config', 'cache', 'nodeType'], 'cacheNodeType', whenPresent(text)),
    setting(['config', 'cache', 'nodes'], 'cacheNodes', whenPresent(text)),
    setting(['config', 'cache', 'purchase'], 'cachePurchase', whenPresent(purchase)),
  ].map((field): FieldSpec => ({ ...field, applies: (a, b) => Boolean(a.config.cache && b.config.cache) })),
  setting(['config', 'adminAccess', 'bastion'], 'bastion', (bastion) => (bastion ? text(bastion.instanceType) : compareReason('value.none')), {
    applies: (a, b) => !a.config.adminAccess.bastion !== !b.config.adminAccess.bastion || Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
    read: (s) => s.config.adminAccess.bastion?.instanceType ?? null,
    apply: (target, source) => {
      const [from, to] = [target.config.adminAccess.bastion, source.config.adminAccess.bastion]
      // Only the instance type when both have one, so the purchase option stays its own change.
      if (from && to) from.instanceType = to.instanceType
      else setAt(target, ['config', 'adminAccess', 'bastion'], clone(to))
    },
  }),
  setting(['config', 'adminAccess', 'bastion', 'purchase'], 'bastionPurchase', whenPresent(purchase), {
    applies: (a, b) => Boolean(a.config.adminAccess.bastion && b.config.adminAccess.bastion),
  }),
  setting(['config', 'adminAccess', 'ssm'], 'ssm', onOff),
  setting(['config', 'edge', 'cloudfront'], 'cloudfront', onOff),
  setting(['config', 'edge', 'waf'], 'waf', (waf) => (waf.enabled ? compareReason('value.waf', { rules: waf.rules }) : onOff(false))),
  setting(['config', 'monitoring', 'containerInsights'], 'containerInsights', onOff),
  setting(['config', 'monitoring', 'logsIngestedGbPerMonth'], 'logs', (gb) => compareReason('value.gb-per-month', { gb })),
  setting(['config', 'monitoring', 'logRetentionDays'], 'logRetention', (days) => compareReason('value.days', { days })),
  setting(['config', 'disasterRecovery', 'mode'], 'drMode', (mode) => compareReason('value.dr', { mode })),
  setting(['config', 'disasterRecovery', 'crossRegionBackups'], 'crossRegionBackups', onOff),
  setting(['config', 'billing', 'includePublicIpv4'], 'publicIpv4', onOff),
  setting(['requirements', 'budget', 'monthly'], 'budget', (amount, s) => compareReason('value.budget', { amount, currency: s.requirements.budget.currency }), {
    read: (s) => [s.requirements.budget.monthly, s.requirements.budget.currency],
    alsoCopies: [['requirements', 'budget', 'currency']],
  }),
  setting(['requirements', 'budget', 'krwPerUsd'], 'exchangeRate', (krwPerUsd) => compareReason('value.exchange-rate', { krwPerUsd })),
  setting(['requirements', 'traffic', 'peak', 'rps'], 'peakRps', (rps) => compareReason('value.rps', { rps })),
  setting(['requirements', 'traffic', 'peak', 'durationHours'], 'peakHours', (hours) => compareReason('value.hours', { hours })),
  setting(['requirements', 'sla', 'p95Ms'], 'sla', (ms) => compareReason('value.ms', { ms })),
  setting(['requirements', 'recovery', 'rtoMinutes'], 'rto', (minutes) => compareReason('value.minutes', { minutes })),
  setting(['requirements', 'recovery', 'rpoMinutes'], 'rpo', (minutes) => compareReason('value.minutes', { minutes })),
]

/** One setting of a service, compared between the same service id in both plans. */
type ServiceFieldSpec = {
  key: string
  /** Worded for one service ('{service}: tasks') and for all of them at once ('Tasks per service'). */
  field: ServiceFieldId
  applies: (a: Service, b: Service) => boolean
  read: (s: Service) => unknown
  /** `other` is the same service in the other plan, so a count can mention only the bounds that moved. */
  show: (s: Service, other: Service) => ChangeValue
  apply: (target: Service, source: Service) => void
}

/** A service setting at one typed path, read and copied there (like `setting` for the plan). */
function serviceSetting<P extends KeyPath<Service>>(path: P, field: ServiceFieldId, show: ServiceFieldSpec['show']): ServiceFieldSpec {
  return {
    key: path.join('.'),
    field,
    applies: () => true,
    read: (s) => valueAt(s, path),
    show,
    apply: (target, source) => setAt(target, path, clone(valueAt(source, path))),
  }
}

function fargateSize(s: Service): FargateSize | null {
  if (s.compute.kind !== 'fargate') return null
  const { vcpu, memoryGb, architecture, ephemeralStorageGb } = s.compute
  // 20 GB of task storage is included: only more is worth naming.
  return { vcpu, memoryGb, arm: architecture === 'arm', diskGb: ephemeralStorageGb > 20 ? ephemeralStorageGb : null }
}

function computeValue(s: Service): ChangeValue {
  const size = fargateSize(s)
  return size ? compareReason('value.fargate', size) : compareReason('value.ec2', { instanceType: s.compute.kind === 'ec2' ? s.compute.instanceType : '' })
}

function countValue(s: Service, other: Service): ChangeValue {
  const { min, desired, max } = s.count
  const showMax = max !== other.count.max
  const showMin = min !== other.count.min && (min !== desired || other.count.min !== other.count.desired)
  return compareReason('value.tasks', { desired, min: showMin ? min : null, max: showMin || showMax ? max : null })
}

function scalingValue({ scaling }: Service): ChangeValue {
  return compareReason('value.scaling', {
    tracking: scaling.policy === 'none' ? null : { metric: scaling.metric, target: scaling.target },
    scheduledPeakCount: scaling.scheduledPeakCount ?? null,
  })
}

export const SERVICE_FIELDS: ServiceFieldSpec[] = [
  serviceSetting(['count'], 'tasks', countValue),
  { ...serviceSetting(['compute'], 'compute', computeValue), applies: (a, b) => a.compute.kind !== b.compute.kind },
  // Size, instance type and purchase option belong to one kind of compute, so they have no path on both.
  {
    key: 'compute.size',
    field: 'fargateSize',
    applies: (a, b) => a.compute.kind === 'fargate' && b.compute.kind === 'fargate',
    read: fargateSize,
    show: (s) => {
      const size = fargateSize(s)
      return size ? compareReason('value.fargate-size', size) : text('')
    },
    apply: (target, source) => {
      target.compute = clone(source.compute)
    },
  },
  {
    key: 'compute.instanceType',
    field: 'instanceType',
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.instanceType : null),
    show: (s) => text(s.compute.kind === 'ec2' ? s.compute.instanceType : ''),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.instanceType = source.compute.instanceType
    },
  },
  {
    key: 'compute.purchase',
    field: 'computePurchase',
    applies: (a, b) => a.compute.kind === 'ec2' && b.compute.kind === 'ec2',
    read: (s) => (s.compute.kind === 'ec2' ? s.compute.purchase : null),
    show: (s) => (s.compute.kind === 'ec2' ? purchase(s.compute.purchase) : text('')),
    apply: (target, source) => {
      if (target.compute.kind === 'ec2' && source.compute.kind === 'ec2') target.compute.purchase = source.compute.purchase
    },
  },
  serviceSetting(['scaling'], 'scaling', scalingValue),
  serviceSetting(['deployment', 'autoRollback'], 'autoRollback', (s) => onOff(s.deployment.autoRollback)),
]
