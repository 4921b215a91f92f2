import type { ServiceCapacity } from '../capacity'
import { busiestBandRps } from '../cost'
import type { Evaluation } from '../evaluate'
import { formatNumber, type Locale } from '../i18n'
import type { Scenario } from '../model'
import { formatRange } from './format-range'
import { withJosa } from '../i18n/josa'
import { joinList } from '../i18n/join-list'
import { formatMs, formatWon, toKrw } from '../i18n/format'
import { SECTION_TITLE } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

type BusinessFacts = {
  peakName: string
  peakRps: number
  busiestRps: number
  peakHours: number
  services: ServiceCapacity[]
  typicalTasks: number[]
  peakTasks: number[]
  recommended: number[]
  /** Services whose peak p95 is unbounded or over the SLA. */
  overloaded: ServiceCapacity[]
  /** Services that run fewer tasks at the peak than the capacity model recommends. */
  belowAdvice: ServiceCapacity[]
  /** Services whose autoscaling reaches its maximum during the peak. */
  atCeiling: ServiceCapacity[]
  ceiling: number[]
  worstPeakP95Ms: number
  slaP95Ms: number
  extraPeakKrw: number
}

function gatherFacts(scenario: Scenario, { capacity, cost }: Evaluation): BusinessFacts {
  const { traffic } = scenario.requirements
  const services = capacity.services
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  return {
    peakName: traffic.peak.name,
    peakRps: traffic.peak.rps,
    busiestRps: busiestBandRps(traffic),
    peakHours: traffic.peak.durationHours,
    services,
    typicalTasks: services.map((s) => s.typical.tasks),
    peakTasks: services.map((s) => s.peakTasks),
    recommended: services.flatMap((s) => (s.recommendedTasks === null ? [] : [s.recommendedTasks])),
    overloaded: services.filter((s) => !Number.isFinite(s.peak.p95Ms) || !s.peak.meetsSla),
    belowAdvice: services.filter((s) => s.recommendedTasks === null || s.peakTasks < s.recommendedTasks),
    atCeiling: services.filter((s) => s.peakTasks >= (maxById.get(s.serviceId) ?? Infinity)),
    ceiling: [...maxById.values()],
    worstPeakP95Ms: Math.max(...services.map((s) => s.peak.p95Ms)),
    slaP95Ms: capacity.slaP95Ms,
    extraPeakKrw: toKrw(cost.band.peakUsd - cost.band.typicalUsd, cost.krwPerUsd),
  }
}

function judge(f: BusinessFacts): Verdict {
  return f.overloaded.length > 0 ? 'bad' : f.belowAdvice.length > 0 || f.atCeiling.length > 0 ? 'warn' : 'good'
}

/** "every service" when a statement covers them all, else their names. */
function nameServices(subset: readonly ServiceCapacity[], all: readonly ServiceCapacity[], locale: Locale): string {
  if (subset.length === all.length && all.length > 1) return locale === 'ko' ? '모든 서비스' : 'every service'
  return joinList(
    subset.map((s) => (locale === 'en' ? `the ${s.name}` : s.name)),
    locale,
  )
}

/** The peak is worth a ratio only when it is clearly above the daily pattern. */
function peakRatio(f: BusinessFacts): number | null {
  if (f.busiestRps <= 0) return null
  const ratio = f.peakRps / f.busiestRps
  return ratio >= 1.5 ? ratio : null
}

const en = {
  question: (f: BusinessFacts) => `Does the service carry ${f.peakName}?`,
  headline: (f: BusinessFacts, v: Verdict) =>
    v === 'bad' ? `${f.peakName} overwhelms the service` : v === 'warn' ? `${f.peakName} is handled, with little room to spare` : `${f.peakName} is handled automatically`,
  traffic: (f: BusinessFacts) => {
    const ratio = peakRatio(f)
    return `On a normal busy day the service receives ${formatNumber(f.busiestRps, 'en', 1)} requests a second; ${f.peakName} is expected to bring ${formatNumber(f.peakRps, 'en', 1)}${
      ratio === null ? '' : `, ${formatNumber(ratio, 'en', 1)} times as many`
    }.`
  },
  scaling: (f: BusinessFacts) => {
    const subject = f.services.length === 1 ? 'The service' : 'Each service'
    const typical = formatRange(f.typicalTasks, 'en')
    const peak = formatRange(f.peakTasks, 'en')
    const servers = (text: string) => `${text} ${text === '1' ? 'server' : 'servers'}`
    if (typical === peak) return `${subject} runs ${servers(typical)} and needs no more during ${f.peakName}.`
    if (!typical.includes(' ') && !peak.includes(' ')) return `${subject} runs ${servers(typical)} normally and adds more by itself, up to ${peak} during ${f.peakName}.`
    return `Normally the services run ${typical} servers each; during ${f.peakName} they grow by themselves to as many as ${formatNumber(Math.max(...f.peakTasks), 'en')}.`
  },
  outcome: (f: BusinessFacts) => {
    if (f.overloaded.length === 0) return `Even at the peak, 95 in 100 requests are answered within ${formatMs(f.worstPeakP95Ms, 'en')}.`
    const names = nameServices(f.overloaded, f.services, 'en')
    return Number.isFinite(f.worstPeakP95Ms)
      ? `That is not enough: ${names} ${f.overloaded.length === 1 ? 'answers' : 'answer'} too slowly (${formatMs(f.worstPeakP95Ms, 'en')} against a ${formatMs(f.slaP95Ms, 'en')} target).`
      : `That is not enough: ${names} cannot keep up, and requests pile up.`
  },
  advice: (f: BusinessFacts) =>
    f.belowAdvice.length > 0
      ? `${capitalise(nameServices(f.belowAdvice, f.services, 'en'))} ${f.belowAdvice.length === 1 ? 'runs' : 'run'} fewer servers at the peak than the model recommends${
          f.recommended.length > 0 ? ` (${formatRange(f.recommended, 'en')})` : ''
        }.`
      : `The model says ${formatRange(f.recommended, 'en')} ${f.recommended.every((r) => r === 1) ? 'server' : 'servers'} per service would be enough, so there is room to spare.`,
  ceiling: (f: BusinessFacts) =>
    `${capitalise(nameServices(f.atCeiling, f.services, 'en'))} ${f.atCeiling.length === 1 ? 'reaches' : 'reach'} the limit of ${formatRange(f.ceiling, 'en')} servers, so there is no room to grow further.`,
  extraCost: (f: BusinessFacts) =>
    `The extra servers for the ${formatNumber(f.peakHours, 'en')} hours of ${f.peakName} add about ${formatWon(f.extraPeakKrw, 'en')} to that month's bill.`,
}

const ko = {
  question: (f: BusinessFacts) => `${f.peakName} 트래픽을 감당할 수 있나요?`,
  headline: (f: BusinessFacts, v: Verdict) =>
    v === 'bad' ? `${f.peakName} 트래픽을 감당하지 못함` : v === 'warn' ? `${f.peakName} 트래픽 감당 가능, 여유는 부족` : `${f.peakName} 트래픽도 자동 확장으로 감당`,
  traffic: (f: BusinessFacts) => {
    const ratio = peakRatio(f)
    return `평소 가장 바쁜 시간대에는 초당 ${formatNumber(f.busiestRps, 'ko', 1)}건의 요청이 들어오고, ${f.peakName}에는 ${
      ratio === null ? '' : `그 ${formatNumber(ratio, 'ko', 1)}배인 `
    }초당 ${formatNumber(f.peakRps, 'ko', 1)}건이 예상됩니다.`
  },
  scaling: (f: BusinessFacts) => {
    const subject = f.services.length === 1 ? '서비스는' : '서비스마다'
    const typical = formatRange(f.typicalTasks, 'ko')
    const peak = formatRange(f.peakTasks, 'ko')
    if (typical === peak) return `${subject} 서버 ${typical}대로 운영하며, ${f.peakName}에도 더 늘릴 필요가 없습니다.`
    if (!typical.includes('~') && !peak.includes('~')) return `${subject} 평소 서버 ${typical}대로 운영하다가, ${f.peakName}에는 자동으로 ${peak}대까지 늘어납니다.`
    return `서비스별로 평소 서버 ${typical}대로 운영하다가, ${f.peakName}에는 자동으로 최대 ${formatNumber(Math.max(...f.peakTasks), 'ko')}대까지 늘어납니다.`
  },
  outcome: (f: BusinessFacts) => {
    if (f.overloaded.length === 0) return `피크 때도 요청 100건 중 95건이 ${formatMs(f.worstPeakP95Ms, 'ko')} 안에 응답합니다.`
    const names = nameServices(f.overloaded, f.services, 'ko')
    return Number.isFinite(f.worstPeakP95Ms)
      ? `그래도 부족합니다. ${names}의 응답 시간이 ${formatMs(f.worstPeakP95Ms, 'ko')}로 목표 ${formatMs(f.slaP95Ms, 'ko')}보다 깁니다.`
      : `그래도 부족합니다. ${names}에 요청이 계속 쌓여 처리되지 못합니다.`
  },
  advice: (f: BusinessFacts) =>
    f.belowAdvice.length > 0
      ? `${names(f.belowAdvice, f)}의 피크 서버 수가 분석 모델의 권장치${f.recommended.length > 0 ? `(${formatRange(f.recommended, 'ko')}대)` : ''}보다 적습니다.`
      : `분석 모델상 서비스당 ${formatRange(f.recommended, 'ko')}대면 충분하므로 여유가 있습니다.`,
  ceiling: (f: BusinessFacts) =>
    `${withJosa(names(f.atCeiling, f), '은/는')} 설정된 최대치인 ${formatRange(f.ceiling, 'ko')}대에 도달해, 더 늘어날 여유가 없습니다.`,
  extraCost: (f: BusinessFacts) =>
    `${f.peakName} ${formatNumber(f.peakHours, 'ko')}시간 동안 늘어나는 서버 때문에 그달 비용이 약 ${formatWon(f.extraPeakKrw, 'ko')} 늘어납니다.`,
}

function names(subset: readonly ServiceCapacity[], f: BusinessFacts): string {
  return nameServices(subset, f.services, 'ko')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * "Does the service carry the peak?" in plain words.
 * Example (swiftlogix, en): "Black Friday: handled automatically"; "Each service runs 2 servers
 * normally and adds more by itself, up to 10 during Black Friday."
 */
export function narrateBusiness(scenario: Scenario, evaluation: Evaluation, locale: Locale): NarrativeSection {
  const f = gatherFacts(scenario, evaluation)
  const t = TEXT[locale]
  const verdict = judge(f)
  const sentences = [
    t.traffic(f),
    t.scaling(f),
    t.outcome(f),
    f.overloaded.length === 0 && (f.belowAdvice.length > 0 || f.recommended.length > 0) ? t.advice(f) : null,
    f.atCeiling.length > 0 ? t.ceiling(f) : null,
    f.extraPeakKrw > 0 ? t.extraCost(f) : null,
  ].filter((s): s is string => s !== null)
  return { id: 'business', title: SECTION_TITLE[locale].business, question: t.question(f), headline: t.headline(f, verdict), sentences, verdict }
}
