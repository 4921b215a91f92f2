import { migrateScenario, summariseIssues } from '../../lib/model'
import { PresetSchema, type Preset, type PresetInput } from './preset-schema'
import { swiftlogix } from './swiftlogix'
import { swiftlogixSeoulFinal, swiftlogixSeoulPlan1, swiftlogixSeoulPlan2, swiftlogixSeoulPlan3 } from './swiftlogix-seoul'
import { petclinic3tier } from './petclinic-3tier'
import { mau1m } from './mau-1m'
import { standardWeb } from './standard-web'

export type { Preset } from './preset-schema'

const PRESET_INPUTS: PresetInput[] = [
  swiftlogix,
  swiftlogixSeoulPlan1,
  swiftlogixSeoulPlan2,
  swiftlogixSeoulPlan3,
  swiftlogixSeoulFinal,
  petclinic3tier,
  mau1m,
  standardWeb,
]

/**
 * Presets are migrated and parsed like any other input, so a typo in one fails loudly in tests,
 * not in the UI, and a preset written at an older model version still loads.
 */
export const PRESETS: readonly Preset[] = PRESET_INPUTS.map((input) => {
  const migrated = migrateScenario(input.scenario)
  if (!migrated.ok) throw new Error(`preset ${input.id} cannot be migrated: ${summariseIssues(migrated.errors)}`)
  const parsed = PresetSchema.safeParse({ ...input, scenario: migrated.value })
  if (!parsed.success) throw new Error(`preset ${input.id} is invalid: ${parsed.error.message}`)
  return parsed.data
})

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
