import type { ArchitectureConfig } from '../model'
import { assessAppPart, assessDatabasePart, assessLoadBalancerPart, assessNatPart, type AzOutagePart } from './az-outage-parts'
import { combineModes } from './combine-modes'
import { joinImprovements, joinWords } from './join-words'
import { minutesLabel } from './round-minutes'
import { SCENARIO_TITLES } from './scenario-titles'
import type { ScenarioDraft } from './types'

const PART_LABELS: Record<string, string> = { app: 'app', database: 'database', nat: 'NAT', 'load-balancer': 'load balancer' }

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
    title: SCENARIO_TITLES['az-outage'],
    mode,
    rtoMinutes,
    rpoMinutes: database.rpoMinutes,
    reason: [
      summariseParts(parts),
      `Recovery takes the slowest part: max(${rtos.map(minutesLabel).join(', ')}) = ${minutesLabel(rtoMinutes)}; ` +
        `data loss is the database's (RPO ${minutesLabel(database.rpoMinutes)}).`,
      hasBastion ? 'The bastion lives in one AZ and is not replaced, so admin access may be lost too.' : '',
      hasSingleCacheNode ? 'The single cache node lives in one AZ; until it is replaced every read goes to the database.' : '',
    ]
      .filter(Boolean)
      .join(' '),
    steps: [
      'An AZ stops answering; load balancer health checks mark its targets unhealthy.',
      ...parts.map((p) => `${capitalise(PART_LABELS[p.component] ?? p.component)} (${p.mode}): ${p.reason}`),
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

/** "The app and load balancer recover on their own; the database and NAT need a person." */
function summariseParts(parts: readonly AzOutagePart[]): string {
  const names = (mode: string) => parts.filter((p) => p.mode === mode).map((p) => PART_LABELS[p.component] ?? p.component)
  const auto = names('auto')
  const manual = names('manual')
  const autoText = auto.length > 0 ? `the ${joinWords(auto)} recover${auto.length === 1 ? 's' : ''} on ${auto.length === 1 ? 'its' : 'their'} own` : ''
  const manualText = manual.length > 0 ? `the ${joinWords(manual)} need${manual.length === 1 ? 's' : ''} a person` : ''
  return `${capitalise([autoText, manualText].filter(Boolean).join('; '))}.`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
