import { findPreset } from '../data/presets'
import { evaluateScenario } from '../lib/evaluate'
import type { Scenario } from '../lib/model'
import { installAllRegionBooks } from '../lib/pricing/install-region-books'

// The journeys compute the expected figures as the server does: with every region's prices.
installAllRegionBooks()

/** What the engine says, so journeys assert the UI shows the engine's numbers, not hard-coded ones. */
export function presetScenario(id: string): Scenario {
  const preset = findPreset(id)
  if (!preset) throw new Error(`no preset ${id}`)
  return structuredClone(preset.scenario)
}

export function monthlyUsdText(scenario: Scenario): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(evaluateScenario(scenario).cost.monthlyUsd)
}

export function evaluate(scenario: Scenario) {
  return evaluateScenario(scenario)
}
