import { findPreset } from '../../data/presets'
import type { Scenario } from '../model'

/** A fresh copy of the swiftlogix preset's scenario, safe to mutate in a test. */
export function cloneSwiftlogix(): Scenario {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('the swiftlogix preset is missing')
  return structuredClone(preset.scenario)
}
