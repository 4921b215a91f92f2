import type { Evaluation } from '../evaluate'
import { formatNumber, say, type Locale } from '../i18n'
import type { Scenario } from '../model'
import type { DefenseLayer, Finding, ReachabilityAnswer } from '../security'
import { describeFinding } from './finding-title'
import { joinList } from '../i18n/join-list'
import { nameNode } from './name-node'
import { LAYER_NAME, SECTION_TITLE } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

type Exposure = { name: string; ports: number[] }

type SecurityFacts = {
  db: ReachabilityAnswer
  /** The database's zone has no internet route and no public address (layers 2 and 3 hold). */
  dbZoneClosed: boolean
  /** The node an attacker must take over before the database, and the whole chain, in plain words. */
  stepping: string | null
  chain: string | null
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
    chain: null,
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
    chain: path.length > 0 ? path.map((id) => name(id, true)).join(' → ') : null,
    exposures: [...byTarget].map(([target, ports]) => ({ name: name(target), ports: [...new Set(ports)].sort((a, b) => a - b) })),
  }
}

function judge(f: SecurityFacts): Verdict {
  return f.db.direct || f.counts.high > 0 ? 'bad' : f.counts.medium > 0 || f.failedLayers.length > 0 ? 'warn' : 'good'
}

function layerNames(layers: readonly DefenseLayer[], locale: Locale): string[] {
  return layers.map((l) => LAYER_NAME[locale][l.key] ?? say(locale, l.name))
}

const en = {
  question: 'Can the internet reach the database?',
  headline: (f: SecurityFacts) =>
    f.db.direct
      ? 'The database is open to the internet'
      : f.counts.high > 0
        ? `The database is shielded, but ${f.counts.high} serious ${f.counts.high === 1 ? 'issue remains' : 'issues remain'}`
        : 'The database cannot be reached from the internet',
  database: (f: SecurityFacts) =>
    f.db.direct
      ? `Anyone on the internet can try to connect to the database directly (port ${f.db.port}).`
      : f.dbZoneClosed
        ? 'The database sits in a private zone with no route to or from the internet.'
        : 'The database cannot be reached from the internet, but only because of its firewall rules: its zone is not fully closed off.',
  path: (f: SecurityFacts) =>
    f.db.reachable
      ? `To get to it, an attacker would first have to take over ${f.stepping} (${f.chain}).`
      : 'No chain of connections leads from the internet to the database.',
  exposure: (f: SecurityFacts) =>
    f.exposures.length === 0
      ? 'Nothing can be reached from the internet directly.'
      : `From the internet, only ${joinList(f.exposures.map((e) => `${e.name} (${e.ports.length === 1 ? 'port' : 'ports'} ${joinList(e.ports.map(String), 'en')})`), 'en')} can be reached.`,
  layers: (f: SecurityFacts) =>
    f.failedLayers.length === 0
      ? `All ${f.layers.length} layers of protection are in place, from ${layerNames(f.layers.slice(0, 1), 'en')[0]} to ${layerNames(f.layers.slice(-1), 'en')[0]}.`
      : `${f.layers.length - f.failedLayers.length} of ${f.layers.length} layers of protection are in place; missing: ${joinList(layerNames(f.failedLayers, 'en'), 'en')}.`,
  findings: (f: SecurityFacts) => {
    const { high, medium, low } = f.counts
    if (f.findings.length === 0) return 'The automated check finds nothing to fix.'
    const first = describeFinding(f.findings[0]!, 'en')
    if (high === 0 && medium === 0)
      return low === 1 ? `The automated check finds one minor point: ${first}.` : `The automated check finds only ${low} minor points, for example: ${first}.`
    return `The automated check finds ${high} serious, ${medium} moderate and ${low} minor ${f.findings.length === 1 ? 'issue' : 'issues'}; the most important: ${first}.`
  },
}

const ko = {
  question: '인터넷에서 데이터베이스에 접근할 수 있나요?',
  headline: (f: SecurityFacts) =>
    f.db.direct
      ? '데이터베이스가 인터넷에 노출됨'
      : f.counts.high > 0
        ? `데이터베이스는 보호되지만 심각한 문제 ${formatNumber(f.counts.high, 'ko')}건`
        : '인터넷에서 데이터베이스에 접근 불가',
  database: (f: SecurityFacts) =>
    f.db.direct
      ? `인터넷의 누구나 데이터베이스에 직접 접속을 시도할 수 있습니다(포트 ${f.db.port}).`
      : f.dbZoneClosed
        ? '데이터베이스는 인터넷과 오가는 경로가 전혀 없는 내부 전용 구역에 있습니다.'
        : '인터넷에서 데이터베이스에 닿지는 않지만, 방화벽 규칙 덕분일 뿐 구역 자체는 완전히 막혀 있지 않습니다.',
  path: (f: SecurityFacts) =>
    f.db.reachable
      ? `공격자가 데이터베이스에 닿으려면 먼저 ${f.stepping}부터 장악해야 합니다(${f.chain}).`
      : '인터넷에서 데이터베이스까지 이어지는 연결 경로가 없습니다.',
  exposure: (f: SecurityFacts) =>
    f.exposures.length === 0
      ? '인터넷에서 직접 접근할 수 있는 곳이 없습니다.'
      : `인터넷에서 접근할 수 있는 곳은 ${joinList(f.exposures.map((e) => `${e.name}(포트 ${e.ports.join(', ')})`), 'ko')}뿐입니다.`,
  layers: (f: SecurityFacts) =>
    f.failedLayers.length === 0
      ? `${layerNames(f.layers.slice(0, 1), 'ko')[0]}부터 ${layerNames(f.layers.slice(-1), 'ko')[0]}까지, 보안 계층 ${f.layers.length}개가 모두 갖춰져 있습니다.`
      : `보안 계층 ${f.layers.length}개 중 ${f.layers.length - f.failedLayers.length}개가 갖춰져 있고, 부족한 계층은 ${joinList(layerNames(f.failedLayers, 'ko'), 'ko')}입니다.`,
  findings: (f: SecurityFacts) => {
    const { high, medium, low } = f.counts
    if (f.findings.length === 0) return '자동 점검에서 고칠 점이 발견되지 않았습니다.'
    const first = describeFinding(f.findings[0]!, 'ko')
    if (high === 0 && medium === 0)
      return low === 1 ? `자동 점검에서는 경미한 사항 1건만 나왔습니다: ${first}.` : `자동 점검에서는 '${first}' 등 경미한 사항 ${low}건만 나왔습니다.`
    return `자동 점검 결과 심각 ${high}건, 보통 ${medium}건, 경미 ${low}건이 나왔으며, 가장 중요한 항목은 '${first}'입니다.`
  },
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * "Can the internet reach the database?" and the layers that stop it, in plain words.
 * Example (swiftlogix, en): "The database cannot be reached from the internet"; "To get to it, an
 * attacker would first have to take over the Order service (internet → load balancer → Order service → database)."
 */
export function narrateSecurity(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = nameFacts(gatherFacts(scenario, evaluation), scenario, evaluation, locale)
  const t = TEXT[locale]
  const sentences = [t.database(f), f.db.direct ? null : t.path(f), t.exposure(f), t.layers(f), t.findings(f)].filter(
    (s): s is string => s !== null,
  )
  return { id: 'security', title: SECTION_TITLE[locale].security, question: t.question, headline: t.headline(f), sentences, verdict: judge(f) }
}
