import { findPreset } from '../../data/presets'
import type { Scenario } from '../model'
import { judgeScenario } from './verdicts'
import type { ScenarioAssessment, ScenarioDraft } from './types'

/** A fresh copy of the swiftlogix preset's scenario, safe to mutate in a test. */
export function cloneSwiftlogix(): Scenario {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('the swiftlogix preset is missing')
  return structuredClone(preset.scenario)
}

/**
 * Wraps a scenario assessor so a test reads the finished assessment (title and meetsObjectives
 * added), as assessRecovery returns it.
 */
export function judged<A extends unknown[]>(assess: (...args: A) => ScenarioDraft): (...args: A) => ScenarioAssessment {
  return (...args) => judgeScenario(assess(...args), cloneSwiftlogix().requirements)
}
