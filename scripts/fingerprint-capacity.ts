import type { Evaluation } from '../lib/evaluate'
import { translateNotation, type Locale } from '../lib/i18n'

/** Capacity's words per service, as the CTO view, the KPI popover and the CLI show them. */
export function capacityTexts(e: Evaluation, locale: Locale) {
  return e.capacity.services.map((s) => ({
    id: s.serviceId,
    typicalLabel: translateNotation(s.typical.label, locale),
    typicalFormula: translateNotation(s.typical.figure.formula, locale),
    peakLabel: s.peak.label,
    peakFormula: translateNotation(s.peak.figure.formula, locale),
    advice: locale === 'ko' ? s.ko.explanation : s.explanation,
  }))
}
