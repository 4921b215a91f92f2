import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { Scenario } from '../model'
import type { DefenseLayer, Finding, ReachabilityAnswer } from '../security'
import { describeFinding } from './finding-title'
import { nameNode } from './name-node'
import type { NarrativeReason } from '../i18n/catalog/narrative-reasons'
import type { NarrativeSection, Verdict } from './types'

type Exposure = { name: string; ports: number[] }

type SecurityFacts = {
  db: ReachabilityAnswer
  /** The database's zone has no internet route and no public address (layers 2 and 3 hold). */
  dbZoneClosed: boolean
  /** The node an attacker must take over before the database, and the whole chain, in plain words. */
  stepping: string | null
  chain: string[]
  exposures: Exposure[]
  layers: DefenseLayer[]
  failedLayers: DefenseLayer[]
  findings: Finding[]
  counts: Evaluation['security']['counts']
}

function gatherFacts(scenario: Scenario, { security }: Evaluation): SecurityFacts {
  return {
    db: security.dbQuestion,
    dbZoneClosed: security.layers.filter((l) => l.key === 'subnet-tiers' || l.key === 'route-tables').every((l) => l.passed),
    stepping: null,
    chain: [],
    exposures: [],
    layers: security.layers,
    failedLayers: security.layers.filter((l) => !l.passed),
    findings: security.findings,
    counts: security.counts,
  }
}

/** Names that depend on the language: the path's nodes and what the internet reaches. */
function nameFacts(f: SecurityFacts, scenario: Scenario, { security }: Evaluation, locale: Locale): SecurityFacts {
  const name = (id: string, bare = false) => nameNode(id, security.placement, scenario.config, locale, bare)
  const path = f.db.path ?? []
  const byTarget = new Map<string, number[]>()
  for (const e of security.internetReachable) byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e.port])
  return {
    ...f,
    stepping: path.length > 2 ? name(path[path.length - 2]!) : null,
    chain: path.map((id) => name(id, true)),
    exposures: [...byTarget].map(([target, ports]) => ({ name: name(target), ports: [...new Set(ports)].sort((a, b) => a - b) })),
  }
}

function judge(f: SecurityFacts): Verdict {
  return f.db.direct || f.counts.high > 0 ? 'bad' : f.counts.medium > 0 || f.failedLayers.length > 0 ? 'warn' : 'good'
}

function sentences(f: SecurityFacts, locale: Locale): NarrativeReason[] {
  const first = f.findings[0]
  const said: (NarrativeReason | null)[] = [
    { code: 'narrative.security.database', params: { direct: f.db.direct, port: f.db.port, zoneClosed: f.dbZoneClosed } },
    f.db.direct ? null : { code: 'narrative.security.path', params: { reachable: f.db.reachable, stepping: f.stepping, chain: f.chain } },
    { code: 'narrative.security.exposure', params: { exposures: f.exposures } },
    {
      code: 'narrative.security.layers',
      params: { total: f.layers.length, failed: f.failedLayers.map((l) => l.key), first: f.layers[0]!.key, last: f.layers[f.layers.length - 1]!.key },
    },
    {
      code: 'narrative.security.findings',
      params: { ...f.counts, count: f.findings.length, first: first ? describeFinding(first, locale) : null },
    },
  ]
  return said.filter((r): r is NarrativeReason => r !== null)
}

/**
 * "Can the internet reach the database?" and the layers that stop it, in plain words.
 * Example (swiftlogix, en): "The database cannot be reached from the internet"; "To get to it, an
 * attacker would first have to take over the Order service (internet → load balancer → Order service → database)."
 */
export function narrateSecurity(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = nameFacts(gatherFacts(scenario, evaluation), scenario, evaluation, locale)
  const verdict = judge(f)
  const say = (reason: NarrativeReason) => sayNarrative(locale, reason)
  return {
    id: 'security',
    title: say({ code: 'narrative.section-title', params: { id: 'security' } }),
    question: say({ code: 'narrative.security.question', params: {} }),
    headline: say({ code: 'narrative.security.headline', params: { direct: f.db.direct, high: f.counts.high } }),
    sentences: sentences(f, locale).map(say),
    verdict,
  }
}
