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
import type { Narrative } from './types'
import { nameInLanguage } from '../i18n/catalog/say-presets'

/**
 * Every stakeholder's answer in plain sentences, written natively in English or Korean, with every
 * number taken from the engine's evaluation. Pure: the same inputs give the same words.
 * Example (swiftlogix, en): finance headline "₩261,131 a month: ₩111,131 over budget"; ops sentence
 * "If one data centre fails, the app and the load balancer carry on by themselves, but …".
 */
export function narrate(scenario: Scenario, evaluation: Evaluation, locale: Locale): Narrative {
  const stakeholders = [
    narrateOps(scenario, evaluation, locale),
    narrateBusiness(scenario, evaluation, locale),
    narrateSecurity(scenario, evaluation, locale),
    narrateFinance(scenario, evaluation, locale),
    narrateCto(scenario, evaluation, locale),
  ] as const
  return {
    locale,
    name: nameInLanguage(locale, scenario.config.name),
    context: describeContext(scenario, locale),
    exchangeRate: sayNarrative(locale, { code: 'narrative.exchange-rate', params: { krwPerUsd: evaluation.cost.krwPerUsd } }),
    sections: [narrateSummary(scenario, [...stakeholders] as Parameters<typeof narrateSummary>[1], locale), ...stakeholders],
    decision: narrateDecision(scenario, evaluation, locale),
  }
}
