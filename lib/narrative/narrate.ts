import type { Evaluation } from '../evaluate'
import type { Locale } from '../i18n'
import type { Scenario } from '../model'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import { narrateBusiness } from './narrate-business'
import { narrateCto } from './narrate-cto'
import { narrateDecision } from './narrate-decision'
import { narrateFinance } from './narrate-finance'
import { narrateOps } from './narrate-ops'
import { narrateSecurity } from './narrate-security'
import { describeContext, narrateSummary } from './narrate-summary'
import type { Narrative, NarrativeSection } from './types'
import { gateVerdict, type Stakeholder } from '../design-check/gate-verdict'
import { nameInLanguage } from '../i18n/catalog/say-presets'

/**
 * Every stakeholder's answer in plain sentences, written natively in English or Korean, with every
 * number taken from the engine's evaluation. Pure: the same inputs give the same words.
 * Example (swiftlogix, en): finance headline "₩261,131 a month: ₩111,131 over budget"; ops sentence
 * "If one data centre fails, the app and the load balancer carry on by themselves, but …".
 */
export function narrate(scenario: Scenario, evaluation: Evaluation, locale: Locale): Narrative {
  const { runnable } = evaluation.design
  // A design that cannot start earns no green on any slide (lib/design-check/gate-verdict.ts).
  const gate = (section: NarrativeSection, stakeholder: Stakeholder): NarrativeSection => ({ ...section, verdict: gateVerdict(stakeholder, section.verdict, runnable) })
  const stakeholders = [
    gate(narrateOps(scenario, evaluation, locale), 'ops'),
    gate(narrateBusiness(scenario, evaluation, locale), 'business'),
    gate(narrateSecurity(scenario, evaluation, locale), 'security'),
    gate(narrateFinance(scenario, evaluation, locale), 'finance'),
    gate(narrateCto(scenario, evaluation, locale), 'cto'),
  ] as const
  return {
    locale,
    name: nameInLanguage(locale, scenario.config.name),
    context: describeContext(scenario, locale),
    exchangeRate: sayNarrative(locale, { code: 'narrative.exchange-rate', params: { krwPerUsd: evaluation.cost.krwPerUsd } }),
    sections: [openWithBlockers(narrateSummary(scenario, [...stakeholders] as Parameters<typeof narrateSummary>[1], locale), evaluation, locale), ...stakeholders],
    decision: narrateDecision(scenario, evaluation, locale),
  }
}

/** A design that cannot start opens with why, in plain words: the deck's audience needs the fact, the dashboard has the fix. */
function openWithBlockers(summary: NarrativeSection, { design }: Evaluation, locale: Locale): NarrativeSection {
  if (design.runnable) return summary
  return {
    ...summary,
    headline: sayNarrative(locale, { code: 'narrative.cannot-run', params: { reasons: design.blockers.length } }),
    sentences: [...design.blockers.map((blocker) => sayNarrative(locale, { code: 'narrative.blocker', params: { blocker: blocker.code } })), ...summary.sentences],
    verdict: 'bad',
  }
}
