import type { ArchitectureConfig } from '../model'
import { assessDatabaseFailover } from './database-failover'
import { resolveNatMode } from './resolve-nat-mode'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from './image-pull-endpoints'
import { joinWords } from './join-words'
import { USE_NAT_PER_AZ } from './nat-loss'
import { ALB_AZ_FAILOVER_SECONDS, MANUAL_AZ_REBUILD_MINUTES } from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'
import { findSlowestReplacement } from './task-replacement'
import type { ScenarioPart } from './types'

/** One component's fate when an AZ fails, with what the scenario needs to combine the parts. */
export type AzOutagePart = ScenarioPart & {
  rtoMinutes: number | null
  /** Only the database part knows about data; the others lose none. */
  rpoMinutes: number | null
  singlePointsOfFailure: string[]
  improvement: string | null
}

const USE_TWO_AZS = 'Use 2 or more availability zones'

/**
 * Tasks survive when there are 2+ AZs and every load-balanced service runs 2+ tasks, which ECS
 * spreads across AZs; the lost ones are replaced in the surviving AZ.
 * Example (swiftlogix): 2 AZs, 3 services × 2 tasks → auto, 25 s × 2 + 45 s = 95 s → 2 min.
 */
export function assessAppPart(config: ArchitectureConfig): AzOutagePart {
  const part = { component: 'app', rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
      reason: `The network has 1 AZ, so every task runs in the failed one; nothing serves until someone redeploys the services in another AZ (about ${MANUAL_AZ_REBUILD_MINUTES} min).`,
      singlePointsOfFailure: config.services.map((s) => s.id),
      improvement: USE_TWO_AZS,
    }
  const served = config.services.filter((s) => s.loadBalancer !== undefined)
  const thin = served.filter((s) => s.count.desired < 2)
  if (thin.length > 0)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
      reason:
        `${joinWords(thin.map((s) => s.name))} ${thin.length === 1 ? 'runs' : 'run'} fewer than 2 tasks, so no copy is kept running in a second AZ: ` +
        'if the failed AZ held the task, the service is down until a new one runs in a surviving AZ. That restart is counted as manual ' +
        `(about ${MANUAL_AZ_REBUILD_MINUTES} min) because it waits on the rest of the zone's recovery.`,
      singlePointsOfFailure: thin.map((s) => s.id),
      improvement: `Run at least 2 tasks of ${joinWords(thin.map((s) => s.name))} so ECS spreads them across AZs`,
    }
  const slowest = findSlowestReplacement(served)
  return {
    ...part,
    mode: 'auto',
    rtoMinutes: slowest ? slowest.minutes : 0,
    reason:
      `Every load-balanced service runs 2 or more tasks, which ECS spreads across the ${azCount} AZs: the load balancer sends traffic to the surviving tasks ` +
      `and ECS replaces the lost ones in a surviving AZ${slowest ? ` (${slowest.serviceName}: ${slowest.formula})` : ''}.`,
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
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, 60 min.
 */
export function assessNatPart(config: ArchitectureConfig): AzOutagePart {
  const { network } = config
  const part = { component: 'nat', rpoMinutes: 0 }
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = joinWords(IMAGE_PULL_ENDPOINTS)
  switch (resolveNatMode(network)) {
    case 'per-az':
      return {
        ...part,
        mode: 'auto',
        rtoMinutes: 0,
        reason: 'Each AZ has its own NAT gateway, so the surviving AZ keeps its outbound access.',
        singlePointsOfFailure: [],
        improvement: null,
      }
    case 'single':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason:
              `The only NAT gateway may be in the failed AZ, but image pulls go through the ${endpointList} endpoints, so replacement tasks still start; ` +
              'outbound calls to the internet from the surviving AZ fail until a NAT gateway is added there.',
            singlePointsOfFailure: ['nat'],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
            reason:
              'The only NAT gateway sits in one AZ: if that AZ fails, tasks in the surviving AZ lose outbound access, so replacement tasks cannot pull ' +
              `their images and outbound calls fail until someone creates a NAT gateway there (about ${MANUAL_AZ_REBUILD_MINUTES} min).`,
            singlePointsOfFailure: ['nat'],
            improvement: USE_NAT_PER_AZ,
          }
    case 'none':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason: `There is no NAT and image pulls go through the ${endpointList} endpoints, so nothing depends on a NAT.`,
            singlePointsOfFailure: [],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
            reason: `There is no NAT and no endpoints for ${joinWords(listMissingImagePullEndpoints(network))}, so replacement tasks in the surviving AZ cannot pull their images.`,
            singlePointsOfFailure: [],
            improvement: `Add VPC endpoints for ${joinWords(listMissingImagePullEndpoints(network))}`,
          }
    case 'instance':
      return {
        ...part,
        mode: 'manual',
        rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
        reason: `The NAT is a single ${network.nat.instanceType} instance in one AZ that nothing replaces: if that AZ fails, the surviving AZ has no egress until someone replaces it there (about ${MANUAL_AZ_REBUILD_MINUTES} min).`,
        singlePointsOfFailure: ['nat'],
        improvement: 'Replace the NAT instance with one NAT gateway per AZ',
      }
  }
}

/**
 * An ALB has nodes in every AZ it spans; the failed AZ's nodes leave DNS within the 60 s TTL.
 * Undefined when the config has no load balancer.
 */
export function assessLoadBalancerPart(config: ArchitectureConfig): AzOutagePart | undefined {
  if (config.loadBalancers.length === 0) return undefined
  const part = { component: 'load-balancer', rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: MANUAL_AZ_REBUILD_MINUTES,
      reason: `The network has 1 AZ, so the load balancer has no node elsewhere; traffic stops until someone recreates it across two AZs (about ${MANUAL_AZ_REBUILD_MINUTES} min).`,
      singlePointsOfFailure: config.loadBalancers.map((lb) => lb.id),
      improvement: USE_TWO_AZS,
    }
  const rtoMinutes = roundUpToHalfMinute(ALB_AZ_FAILOVER_SECONDS)
  return {
    ...part,
    mode: 'auto',
    rtoMinutes,
    reason: `The load balancer has nodes in ${azCount === 2 ? 'both' : `all ${azCount}`} AZs; the failed AZ's nodes leave DNS within its ${ALB_AZ_FAILOVER_SECONDS} s TTL (→ ${rtoMinutes} min).`,
    singlePointsOfFailure: [],
    improvement: null,
  }
}
