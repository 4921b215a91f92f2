import type { ArchitectureConfig } from '../model'
import { assessDatabaseFailover } from './database-failover'
import { addVpcEndpoints, REPLACE_NAT_INSTANCE, resolveNatMode, USE_NAT_PER_AZ } from './egress'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from '../network'
import { plain, type Improvement } from './recovery-reasons'
import { ALB_AZ_FAILOVER_SECONDS, MANUAL_AZ_REBUILD_MINUTES, MANUAL_NAT_REPLACE_MINUTES, roundUpToHalfMinute } from './recovery-times'
import { findSlowestReplacement } from './task-replacement'
import type { ScenarioPart } from './types'

/** One component's fate when an AZ fails, with what the scenario needs to combine the parts. */
export type AzOutagePart = ScenarioPart & {
  rtoMinutes: number | null
  /** Only the database part knows about data; the others lose none. */
  rpoMinutes: number | null
  singlePointsOfFailure: string[]
  improvement: Improvement | null
}

const USE_TWO_AZS = plain('recovery.improve.two-azs')
const REBUILD = MANUAL_AZ_REBUILD_MINUTES
/** A NAT is rebuilt in the same time whatever took it out. */
const NAT_REBUILD = MANUAL_NAT_REPLACE_MINUTES

/**
 * With 2+ AZs every service has subnets in a surviving AZ (the private-app subnets, one per AZ),
 * and ECS's service scheduler keeps the desired count, placing replacements in the subnets that
 * still answer (for `ec2` services the Auto Scaling group relaunches there likewise). So the app
 * recovers by itself in a replacement's time; a service with one task is down for that time, one
 * with 2+ tasks keeps serving from the surviving AZ.
 * Example (swiftlogix): 2 AZs, 3 services × 2 tasks → auto, 25 s × 2 + 45 s = 95 s → 2 min.
 */
export function assessAppPart(config: ArchitectureConfig): AzOutagePart {
  const part = { component: 'app' as const, rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: REBUILD,
      reason: { code: 'recovery.az-app.one-az', params: { rebuildMinutes: REBUILD } },
      singlePointsOfFailure: config.services.map((s) => s.id),
      improvement: USE_TWO_AZS,
    }
  const served = config.services.filter((s) => s.loadBalancer !== undefined)
  const thin = served.filter((s) => s.count.desired < 2)
  const slowest = findSlowestReplacement(served)
  if (thin.length > 0)
    return {
      ...part,
      mode: 'auto',
      rtoMinutes: slowest ? slowest.minutes : 0,
      reason: { code: 'recovery.az-app.thin-replaced', params: { services: thin.map((s) => s.name), azCount, slowest: slowest ?? null } },
      singlePointsOfFailure: thin.map((s) => s.id),
      improvement: null,
    }
  return {
    ...part,
    mode: 'auto',
    rtoMinutes: slowest ? slowest.minutes : 0,
    reason: { code: 'recovery.az-app.spread', params: { azCount, slowest: slowest ?? null } },
    singlePointsOfFailure: [],
    improvement: null,
  }
}

/** The database part is the database failover itself: Multi-AZ promotes its standby in the other AZ. */
export function assessDatabasePart(config: ArchitectureConfig): AzOutagePart {
  const db = assessDatabaseFailover(config.database)
  return {
    component: 'database',
    mode: db.mode,
    rtoMinutes: db.rtoMinutes,
    rpoMinutes: db.rpoMinutes,
    reason: db.reason,
    singlePointsOfFailure: config.database.multiAz ? [] : ['database'],
    improvement: db.improvement,
  }
}

/**
 * Egress from the surviving AZ. A single NAT (gateway or instance) may sit in the failed AZ;
 * image-pull endpoints let replacement tasks start anyway, which is what recovery needs.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, 30 min.
 */
export function assessNatPart(config: ArchitectureConfig): AzOutagePart {
  const { network } = config
  const part = { component: 'nat' as const, rpoMinutes: 0 }
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = [...IMAGE_PULL_ENDPOINTS]
  switch (resolveNatMode(network)) {
    case 'per-az':
      return { ...part, mode: 'auto', rtoMinutes: 0, reason: plain('recovery.az-nat.per-az'), singlePointsOfFailure: [], improvement: null }
    case 'single':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason: { code: 'recovery.az-nat.single-with-endpoints', params: { endpoints: endpointList } },
            singlePointsOfFailure: ['nat'],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            rtoMinutes: NAT_REBUILD,
            reason: { code: 'recovery.az-nat.single', params: { rebuildMinutes: NAT_REBUILD } },
            singlePointsOfFailure: ['nat'],
            improvement: USE_NAT_PER_AZ,
          }
    case 'none':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason: { code: 'recovery.az-nat.none-with-endpoints', params: { endpoints: endpointList } },
            singlePointsOfFailure: [],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            // No task could pull its image even before the outage, so nothing bounds the time.
            rtoMinutes: null,
            reason: { code: 'recovery.az-nat.none', params: { missing: listMissingImagePullEndpoints(network) } },
            singlePointsOfFailure: [],
            improvement: addVpcEndpoints(listMissingImagePullEndpoints(network)),
          }
    case 'instance':
      return {
        ...part,
        mode: 'manual',
        rtoMinutes: NAT_REBUILD,
        reason: { code: 'recovery.az-nat.instance', params: { instanceType: network.nat.instanceType, rebuildMinutes: NAT_REBUILD } },
        singlePointsOfFailure: ['nat'],
        improvement: REPLACE_NAT_INSTANCE,
      }
  }
}

/**
 * An ALB has nodes in every AZ it spans; the failed AZ's nodes leave DNS within the 60 s TTL.
 * Undefined when the config has no load balancer.
 */
export function assessLoadBalancerPart(config: ArchitectureConfig): AzOutagePart | undefined {
  if (config.loadBalancers.length === 0) return undefined
  const part = { component: 'load-balancer' as const, rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: REBUILD,
      reason: { code: 'recovery.az-lb.one-az', params: { rebuildMinutes: REBUILD } },
      singlePointsOfFailure: config.loadBalancers.map((lb) => lb.id),
      improvement: USE_TWO_AZS,
    }
  const rtoMinutes = roundUpToHalfMinute(ALB_AZ_FAILOVER_SECONDS)
  return {
    ...part,
    mode: 'auto',
    rtoMinutes,
    reason: { code: 'recovery.az-lb.spread', params: { azCount, ttlSeconds: ALB_AZ_FAILOVER_SECONDS, rtoMinutes } },
    singlePointsOfFailure: [],
    improvement: null,
  }
}
