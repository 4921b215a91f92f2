import type { ArchitectureConfig } from '../model'
import { assessAppPart, assessDatabasePart, assessLoadBalancerPart, assessNatPart, type AzOutagePart } from './az-outage-parts'
import { combineModes } from './verdicts'
import { joinImprovements, plain } from './recovery-reasons'
import type { ScenarioDraft } from './types'

/**
 * A whole availability zone fails. Four parts recover on their own terms: app, database, NAT and
 * load balancer. The scenario is auto when every part is, manual when none is, partial otherwise;
 * RTO is the slowest part (unbounded if any is), RPO is the database's.
 * Example (swiftlogix): app auto (2 min), database manual (60 min), NAT manual (60 min), load
 * balancer auto (1 min) → partial, RTO max(2, 60, 60, 1) = 60 min, RPO 5 min.
 * Parts are listed app, database, NAT, load balancer; a config without a load balancer has three.
 */
export function assessAzOutage(config: ArchitectureConfig): ScenarioDraft {
  const database = assessDatabasePart(config)
  const parts = [assessAppPart(config), database, assessNatPart(config), assessLoadBalancerPart(config)].filter(
    (p): p is AzOutagePart => p !== undefined,
  )
  const mode = combineModes(parts.map((p) => p.mode))
  const rtos = parts.map((p) => p.rtoMinutes)
  const rtoMinutes = rtos.some((r) => r === null) ? null : Math.max(...(rtos as number[]))
  const hasBastion = config.adminAccess.bastion !== undefined
  const hasSingleCacheNode = config.cache?.nodes === 1
  return {
    id: 'az-outage',
    mode,
    rtoMinutes,
    rpoMinutes: database.rpoMinutes,
    reason: {
      code: 'recovery.az-outage.reason',
      params: {
        parts: parts.map((p) => ({ component: p.component, mode: p.mode })),
        rtos,
        rtoMinutes,
        rpoMinutes: database.rpoMinutes,
        bastion: hasBastion,
        singleCacheNode: hasSingleCacheNode,
      },
    },
    steps: [
      plain('recovery.step.az-stops'),
      ...parts.map((p) => ({ code: 'recovery.step.az-part' as const, params: { component: p.component, mode: p.mode, reason: p.reason } })),
    ],
    parts: parts.map(({ component, mode: partMode, reason }) => ({ component, mode: partMode, reason })),
    singlePointsOfFailure: [
      ...parts.flatMap((p) => p.singlePointsOfFailure),
      ...(hasBastion ? ['bastion'] : []),
      ...(hasSingleCacheNode ? ['cache'] : []),
    ],
    improvement: joinImprovements(parts.map((p) => p.improvement)),
  }
}
