import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { exportTerraform } from '../../terraform'
import { readAndEvaluate } from '.'

describe('an ArchDeck export read back', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s: every resource evaluates, with the model facts, and only variables without values are noted', async (_id, preset) => {
    const { files } = exportTerraform(preset.scenario.config, { requirements: preset.scenario.requirements })
    const result = await readAndEvaluate(files.map((file) => ({ path: file.name, text: file.content })))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const { instances, providerRegions, modelFacts, notes } = result.configuration
    expect(instances.length).toBeGreaterThan(30)
    expect(providerRegions.aws).toBe(preset.scenario.config.region)
    expect(modelFacts).toMatchObject({ archdeck: 1, name: preset.scenario.config.name })
    expect(new Set(notes.map((note) => note.code))).toEqual(new Set(['import.variable-without-value']))
  })
})
