import type { ServiceCapacity } from '../capacity'
import type { Evaluation } from '../evaluate'
import { formatNumber, type Locale } from '../i18n'
import type { Scenario } from '../model'
import { formatMs } from '../i18n/format'
import { joinList } from '../i18n/join-list'
import { SECTION_TITLE } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

/** Above this share of the SLA a met target is worth watching: one busy hour could tip it. */
const WATCH_SHARE = 0.8

type CtoFacts = {
  endpoint: string
  slaMs: number
  networkMs: number
  peakName: string
  worstTypicalMs: number
  worstPeakMs: number
  worstMs: number
  missing: ServiceCapacity[]
  services: ServiceCapacity[]
}

function gatherFacts(scenario: Scenario, { capacity }: Evaluation): CtoFacts {
  const services = capacity.services
  const worstTypicalMs = Math.max(...services.map((s) => s.typical.p95Ms))
  const worstPeakMs = Math.max(...services.map((s) => s.peak.p95Ms))
  return {
    endpoint: scenario.requirements.sla.endpoint,
    slaMs: capacity.slaP95Ms,
    networkMs: scenario.requirements.sla.networkOverheadMs,
    peakName: scenario.requirements.traffic.peak.name,
    worstTypicalMs,
    worstPeakMs,
    worstMs: Math.max(worstTypicalMs, worstPeakMs),
    missing: services.filter((s) => !s.meetsSla),
    services,
  }
}

function judge(f: CtoFacts): Verdict {
  if (f.missing.length > 0) return 'bad'
  return f.worstMs > f.slaMs * WATCH_SHARE ? 'warn' : 'good'
}

/** Share of the allowed time the slowest answer uses, in whole percent. */
function usedPercent(f: CtoFacts): number {
  return Math.round((f.worstMs / f.slaMs) * 100)
}

const en = {
  question: 'Are answers fast enough, on a normal day and at the peak?',
  headline: (f: CtoFacts, v: Verdict) =>
    v === 'bad'
      ? Number.isFinite(f.worstMs)
        ? `Answers take ${formatMs(f.worstMs, 'en')}, over the ${formatMs(f.slaMs, 'en')} target`
        : 'Overloaded at the peak: answers do not arrive in time'
      : `Answers in ${formatMs(f.worstMs, 'en')}, ${v === 'good' ? 'well ' : ''}within the ${formatMs(f.slaMs, 'en')} target`,
  target: (f: CtoFacts) => `The target: 95 in 100 requests to ${f.endpoint} are answered within ${formatMs(f.slaMs, 'en')}.`,
  measured: (f: CtoFacts) =>
    `On a normal busy day they are answered within ${formatMs(f.worstTypicalMs, 'en')}, and during ${f.peakName} within ${formatMs(f.worstPeakMs, 'en')}.`,
  verdict: (f: CtoFacts) =>
    f.missing.length === 0
      ? f.services.length === 1
        ? 'The service meets the target at both times.'
        : `${f.services.length === 2 ? 'Both' : `All ${f.services.length}`} services meet the target at both times.`
      : `${capitalise(joinList(f.missing.map((s) => `the ${s.name}`), 'en'))} ${f.missing.length === 1 ? 'misses' : 'miss'} the target.`,
  network: (f: CtoFacts) => `${formatMs(f.networkMs, 'en')} of that is the round trip between the user and AWS.`,
  headroom: (f: CtoFacts) => `That leaves plenty of headroom: the slowest answer uses ${formatNumber(usedPercent(f), 'en')} % of the allowed time.`,
}

const ko = {
  question: '평소와 피크 때 모두 응답이 충분히 빠른가요?',
  headline: (f: CtoFacts, v: Verdict) =>
    v === 'bad'
      ? Number.isFinite(f.worstMs)
        ? `응답 ${formatMs(f.worstMs, 'ko')}, 목표 ${formatMs(f.slaMs, 'ko')} 미달`
        : '피크 때 과부하로 목표 미달'
      : `응답 ${formatMs(f.worstMs, 'ko')}, 목표 ${formatMs(f.slaMs, 'ko')} 충족`,
  target: (f: CtoFacts) => `목표는 ${f.endpoint} 요청 100건 중 95건이 ${formatMs(f.slaMs, 'ko')} 안에 응답하는 것입니다.`,
  measured: (f: CtoFacts) =>
    `평소 가장 바쁜 시간대에는 ${formatMs(f.worstTypicalMs, 'ko')}, ${f.peakName}에는 ${formatMs(f.worstPeakMs, 'ko')} 안에 응답합니다.`,
  verdict: (f: CtoFacts) =>
    f.missing.length === 0
      ? f.services.length === 1
        ? '평소와 피크 때 모두 목표를 지킵니다.'
        : `서비스 ${f.services.length}개가 평소와 피크 때 모두 목표를 지킵니다.`
      : `목표를 지키지 못하는 서비스: ${joinList(f.missing.map((s) => s.name), 'ko')}.`,
  network: (f: CtoFacts) => `이 중 ${formatMs(f.networkMs, 'ko')}는 사용자와 AWS 사이를 오가는 네트워크 시간입니다.`,
  headroom: (f: CtoFacts) => `가장 느린 응답도 허용 시간의 ${formatNumber(usedPercent(f), 'ko')}%만 쓰므로 여유가 충분합니다.`,
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * "Is p95 under the SLA?" without the word p95: "95 in 100 requests are answered within …".
 * Example (swiftlogix, en): "Fast enough: 95 ms against a 1,000 ms target".
 */
export function narrateCto(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const t = TEXT[locale]
  const verdict = judge(f)
  const sentences = [
    t.target(f),
    t.measured(f),
    t.verdict(f),
    f.networkMs > 0 && Number.isFinite(f.worstMs) ? t.network(f) : null,
    verdict === 'good' && usedPercent(f) <= 50 ? t.headroom(f) : null,
  ].filter((s): s is string => s !== null)
  return { id: 'cto', title: SECTION_TITLE[locale].cto, question: t.question, headline: t.headline(f, verdict), sentences, verdict }
}
