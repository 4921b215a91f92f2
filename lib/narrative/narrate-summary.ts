import type { Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { Scenario } from '../model'
import type { Stakeholder } from '../stakeholders/stakeholders'
import type { NarrativeSection, Verdict } from './types'

type StakeholderSection = NarrativeSection & { id: Stakeholder }

/** The worst verdict wins: one red answer makes the whole plan need a decision. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.includes('bad') ? 'bad' : verdicts.includes('warn') ? 'warn' : 'good'
}

/** "US East (N. Virginia) · 2 data centres · 3 services" */
export function describeContext(scenario: Scenario, locale: Locale): string {
  const { config } = scenario
  return sayNarrative(locale, { code: 'narrative.context', params: { region: config.region, azCount: config.network.azCount, serviceCount: config.services.length } })
}

/**
 * The opening slide: a headline from the five verdicts, then one line per stakeholder (its headline).
 * Example (swiftlogix, en): "Two things need a decision: failure recovery and the budget".
 */
export function narrateSummary(scenario: Scenario, sections: readonly StakeholderSection[], locale: Locale): NarrativeSection {
  const stakeholders = (verdict: Verdict) => sections.filter((s) => s.verdict === verdict).map((s) => s.id)
  return {
    id: 'summary',
    title: sayNarrative(locale, { code: 'narrative.section-title', params: { id: 'summary' } }),
    question: sayNarrative(locale, { code: 'narrative.summary.question', params: {} }),
    headline: sayNarrative(locale, { code: 'narrative.summary.headline', params: { bad: stakeholders('bad'), warn: stakeholders('warn') } }),
    sentences: sections.map((s) => sayNarrative(locale, { code: 'narrative.summary.line', params: { title: s.title, headline: s.headline } })),
    verdict: worstVerdict(sections.map((s) => s.verdict)),
  }
}
