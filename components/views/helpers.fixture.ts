import { findPreset } from '@/data/presets'
import { withUnpricedReservations } from '@/data/presets/testing/unpriced-reservations'
import { evaluateScenario } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import type { ViewProps } from './view-props'

/** A preset with its evaluation, as every view receives them. */
export function propsOf(id: string): ViewProps {
  const preset = findPreset(id)
  if (!preset) throw new Error(`no preset ${id}`)
  return { scenario: preset.scenario, evaluation: evaluateScenario(preset.scenario) }
}

/** A preset on reservations no source prices: a design with unknown lines (data/presets/testing/unpriced-reservations.ts). */
export function unpricedPropsOf(id: string): ViewProps {
  const scenario = withUnpricedReservations(findPreset(id)!.scenario)
  return { scenario, evaluation: evaluateScenario(scenario) }
}

/** swiftlogix at 2,500 req/s with order and payment capped at 10 tasks: both overloaded, stock fine at 40. */
export function overloadedProps(): ViewProps {
  const scenario: Scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  scenario.requirements.traffic.peak.rps = 2500
  scenario.config.services.forEach((s, i) => (s.count.max = i === 1 ? 40 : 10))
  return { scenario, evaluation: evaluateScenario(scenario) }
}
