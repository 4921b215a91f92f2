import type { CapacityAssessment } from '../capacity'
import type { ArchitectureConfig, NatMode, Requirements, Service, VpcEndpoint } from '../model'
import { removeBastion, setAdminAccess } from '../model/edit-admin-access'
import { removeCache } from '../model/edit-cache'
import { setAzCount } from '../model/edit-config'
import { patchDatabase } from '../model/edit-database'
import { setNatMode, setVpcEndpoint } from '../model/edit-network'
import { FARGATE_VCPUS, fargateMemoryChoices, type FargateVcpu } from '../model/fargate-sizes'
import type { FixedLeverReason, LeverId } from './advise-reasons'

/** What a lever sees of the design it varies: the config, the stakeholders' demands and the capacity engine's answer for it. */
export type LeverInput = { config: ArchitectureConfig; requirements: Requirements; capacity: CapacityAssessment }

/** One setting the advisor may move: the designs one step away from `config`, or why it stays as drawn. */
export type Lever = { id: LeverId; variants: (input: LeverInput) => ArchitectureConfig[]; fixed?: (config: ArchitectureConfig, requirements: Requirements) => FixedLeverReason | null }

const mapServices = (config: ArchitectureConfig, change: (s: Service, i: number) => Service): ArchitectureConfig => ({ ...config, services: config.services.map(change) })

/**
 * Tasks per service and the autoscaling floor: the capacity engine's recommended count (the SLA, ≤ 70 %
 * utilisation, and one per AZ so an AZ's loss leaves a task running), never blind enumeration. The
 * ceiling keeps room for the peak the engine says the autoscaler reaches.
 */
const tasks: Lever = {
  id: 'tasks',
  variants: ({ config, capacity }) => {
    const byId = new Map(capacity.services.map((c) => [c.serviceId, c]))
    const toCount = (pick: (s: Service) => number | null) =>
      mapServices(config, (s) => {
        const n = pick(s)
        if (n === null || n < 1) return s
        const max = Math.max(n, s.count.max, byId.get(s.id)?.peakTasks ?? 0)
        // The same object when nothing moves, so the search's keys and reused answers see it unchanged.
        if (s.count.min === n && s.count.desired === n && s.count.max === max) return s
        return { ...s, count: { min: n, desired: n, max } }
      })
    return [toCount((s) => byId.get(s.id)?.recommendedTasks ?? null)]
  },
}

/** Fargate task size one step down and one step up, at the smallest memory AWS accepts for that vCPU. */
const taskSize: Lever = {
  id: 'task-size',
  fixed: (config) => (config.services.some((s) => s.compute.kind === 'fargate') ? null : { code: 'advise.fixed.no-fargate', params: {} }),
  variants: ({ config }) =>
    [-1, 1].map((step) =>
      mapServices(config, (s) => {
        if (s.compute.kind !== 'fargate') return s
        const vcpu = FARGATE_VCPUS[FARGATE_VCPUS.indexOf(s.compute.vcpu as FargateVcpu) + step]
        return vcpu === undefined ? s : { ...s, compute: { ...s.compute, vcpu, memoryGb: fargateMemoryChoices(vcpu)[0]! } }
      }),
    ),
}

/**
 * Without a NAT, Fargate tasks need the interface endpoints ECS calls at start: ecr.api, ecr.dkr, the S3
 * gateway, logs and secretsmanager (Amazon ECS Developer Guide, "Amazon ECS interface VPC endpoints");
 * the design check's no-image-pull-path, no-logs-path and no-secrets-path are the evidence.
 */
export const NAT_FREE_ENDPOINTS: readonly VpcEndpoint[] = ['s3', 'ecr-api', 'ecr-dkr', 'logs', 'secretsmanager']
const NAT_MODES: readonly NatMode[] = ['none', 'instance', 'single', 'per-az']

const nat: Lever = {
  id: 'nat',
  variants: ({ config }) =>
    NAT_MODES.filter((m) => m !== config.network.nat.mode).map((mode) =>
      mode === 'none' ? NAT_FREE_ENDPOINTS.reduce((c, e) => setVpcEndpoint(c, e, true), setNatMode(config, 'none')) : setNatMode(config, mode),
    ),
}

/** Single-AZ or Multi-AZ: RDS fails over to the standby by itself only with Multi-AZ. */
const multiAz: Lever = { id: 'db-multi-az', variants: ({ config }) => [patchDatabase(config, { multiAz: !config.database.multiAz })] }

/** A short ordered list of classes the price book prices (a variant whose price is unknown is dropped by the search). */
export const DATABASE_CLASSES = ['db.t4g.micro', 'db.t3.micro', 'db.t4g.small', 'db.t3.small', 'db.t4g.medium', 'db.t3.medium', 'db.m6g.large', 'db.m5.large'] as const
const dbClass: Lever = {
  id: 'db-class',
  variants: ({ config }) => {
    const classes: readonly string[] = DATABASE_CLASSES
    const at = classes.indexOf(config.database.instanceClass)
    const near = at < 0 ? classes.slice(0, 3) : [classes[at - 1], classes[at + 1]]
    return near.filter((c) => c !== undefined).map((instanceClass) => patchDatabase(config, { instanceClass }))
  },
}

/** No replica or one; a replica needs automated backups (RDS User Guide, "Working with DB instance read replicas"). */
const replicas: Lever = {
  id: 'db-replicas',
  variants: ({ config }) => {
    const readReplicas = config.database.readReplicas > 0 ? 0 : 1
    if (readReplicas === 1 && config.database.backupRetentionDays === 0) return []
    return [patchDatabase(config, { readReplicas })]
  },
}

const insights: Lever = {
  id: 'db-insights',
  variants: ({ config }) => (['off', 'standard', 'advanced'] as const).filter((i) => i !== config.database.insights).map((i) => patchDatabase(config, { insights: i })),
}

/** On-demand or one-year reserved with no upfront, for the database and the cache (a variant without a reserved price is dropped). */
const purchase: Lever = {
  id: 'purchase',
  variants: ({ config }) => {
    const flip = (p: string) => (p === 'on-demand' ? 'reserved-1yr-no-upfront' : 'on-demand') as 'on-demand'
    return [{ ...config, database: { ...config.database, purchase: flip(config.database.purchase) }, ...(config.cache ? { cache: { ...config.cache, purchase: flip(config.cache.purchase) } } : {}) }]
  },
}

/** EC2 services: all on-demand, or only one on-demand instance and the rest Spot (onDemandBase). */
const spotShare: Lever = {
  id: 'spot-share',
  fixed: (config) => (config.services.some((s) => s.compute.kind === 'ec2') ? null : { code: 'advise.fixed.no-ec2', params: {} }),
  variants: ({ config }) =>
    [(_s: Service) => 1, (s: Service) => s.count.max].map((base) =>
      mapServices(config, (s) => (s.compute.kind === 'ec2' ? { ...s, compute: { ...s.compute, onDemandBase: Math.min(base(s), s.count.max) } } : s)),
    ),
}

/** Removing the cache when there is one (adding one is a design choice the advisor does not make). */
const cache: Lever = {
  id: 'cache',
  fixed: (config) => (config.cache ? null : { code: 'advise.fixed.no-cache', params: {} }),
  variants: ({ config }) => (config.cache ? [removeCache(config)] : []),
}

/** Bastion host or Session Manager, only where the security policy allows either. */
const adminAccess: Lever = {
  id: 'admin-access',
  fixed: (_config, requirements) => {
    const policy = requirements.securityPolicy.adminAccess
    return policy === 'either' ? null : { code: 'advise.fixed.admin-access-policy', params: { policy } }
  },
  variants: ({ config, requirements }) => {
    if (requirements.securityPolicy.adminAccess !== 'either') return []
    if (config.adminAccess.bastion) return [setAdminAccess(removeBastion(config), { ssm: true })]
    return []
  },
}

/** Two or three availability zones (the schema's floor is two: ALBs and RDS subnet groups need two). */
const azCount: Lever = { id: 'az-count', variants: ({ config }) => [setAzCount(config, config.network.azCount === 2 ? 3 : 2)] }

/** In a fixed order, so the search is deterministic. */
export const LEVERS: readonly Lever[] = [tasks, taskSize, nat, multiAz, dbClass, replicas, cache, purchase, spotShare, insights, adminAccess, azCount]
