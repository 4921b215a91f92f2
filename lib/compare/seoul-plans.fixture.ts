import { findPreset } from '../../data/presets'
import type { ComparisonInput } from './types'

/** Seed 001's canonical comparison: the three Seoul plans and the final one. */
const SEOUL_PLAN_IDS = ['swiftlogix-seoul-plan1', 'swiftlogix-seoul-plan2', 'swiftlogix-seoul-plan3', 'swiftlogix-seoul-final'] as const

export function seoulPlan(id: (typeof SEOUL_PLAN_IDS)[number]): ComparisonInput {
  const preset = findPreset(id)!
  return { id, name: preset.title, scenario: preset.scenario }
}

export const SEOUL_PLANS: ComparisonInput[] = SEOUL_PLAN_IDS.map(seoulPlan)
