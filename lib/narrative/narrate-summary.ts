import type { Locale } from '../i18n'
import type { Scenario } from '../model'
import { formatNumber } from '../i18n'
import { joinList } from '../i18n/join-list'
import { REGION_NAME, SECTION_TITLE, SECTION_TOPIC } from './plain-names'
import type { NarrativeSection, Verdict } from './types'

type StakeholderSection = NarrativeSection & { id: Exclude<NarrativeSection['id'], 'summary'> }

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five']

/** The worst verdict wins: one red answer makes the whole plan need a decision. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.includes('bad') ? 'bad' : verdicts.includes('warn') ? 'warn' : 'good'
}

/** "US East (N. Virginia) · 2 data centres · 3 services" */
export function describeContext(scenario: Scenario, locale: Locale): string {
  const { config } = scenario
  const region = REGION_NAME[locale][config.region] ?? config.region
  const services = config.services.length
  return locale === 'ko'
    ? `${region} · 데이터센터 ${formatNumber(config.network.azCount, 'ko')}곳 · 서비스 ${formatNumber(services, 'ko')}개`
    : `${region} · ${config.network.azCount} data centres · ${services} ${services === 1 ? 'service' : 'services'}`
}

const en = {
  question: 'Where does the plan stand?',
  headline: (bad: string[], warn: string[]) => {
    if (bad.length > 0) {
      const count = NUMBER_WORDS[bad.length] ?? String(bad.length)
      return `${count.charAt(0).toUpperCase()}${count.slice(1)} ${bad.length === 1 ? 'thing needs' : 'things need'} a decision: ${joinList(bad, 'en')}`
    }
    if (warn.length > 0) return `On track, with ${warn.length === 1 ? 'one point' : `${NUMBER_WORDS[warn.length] ?? warn.length} points`} to watch: ${joinList(warn, 'en')}`
    return 'Ready: every question has a good answer'
  },
}

const ko = {
  question: '이 구성은 지금 어떤 상태인가요?',
  headline: (bad: string[], warn: string[]) => {
    if (bad.length > 0) return `결정이 필요한 사항 ${bad.length}가지: ${joinList(bad, 'ko')}`
    if (warn.length > 0) return `대체로 양호, 지켜볼 점 ${warn.length}가지: ${joinList(warn, 'ko')}`
    return '모든 질문에 긍정적인 답: 진행 가능'
  },
}

const TEXT = { en, ko } satisfies Record<Locale, unknown>

/**
 * The opening slide: a headline from the five verdicts, then one line per stakeholder (its headline).
 * Example (swiftlogix, en): "Two things need a decision: failure recovery and the budget".
 */
export function narrateSummary(scenario: Scenario, sections: readonly StakeholderSection[], locale: Locale): NarrativeSection {
  const t = TEXT[locale]
  const topics = (verdict: Verdict) => sections.filter((s) => s.verdict === verdict).map((s) => SECTION_TOPIC[locale][s.id])
  return {
    id: 'summary',
    title: SECTION_TITLE[locale].summary,
    question: t.question,
    headline: t.headline(topics('bad'), topics('warn')),
    sentences: sections.map((s) => (locale === 'en' ? `${s.title} — ${s.headline}` : `${s.title}: ${s.headline}`)),
    verdict: worstVerdict(sections.map((s) => s.verdict)),
  }
}
