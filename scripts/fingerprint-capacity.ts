import type { Evaluation } from '../lib/evaluate'
import { say, type Locale } from '../lib/i18n'

/** Capacity's words per service, as the CTO view, the KPI popover and the CLI show them: through the catalog. */
export function capacityTexts(e: Evaluation, locale: Locale) {
  return e.capacity.services.map((s) => ({
    id: s.serviceId,
    typicalLabel: say(locale, s.typical.label),
    typicalFormula: say(locale, s.typical.formula),
    peakLabel: say(locale, s.peak.label),
    peakFormula: say(locale, s.peak.formula),
    advice: say(locale, s.advice),
  }))
}
