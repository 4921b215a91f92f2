import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import type { Scenario } from '../model'
import { exportTerraform } from '../terraform'
import { importTerraform } from './import-terraform'

/** The export's files as a user hands them to the importer. */
function asSourceFiles(scenario: Scenario) {
  return exportTerraform(scenario.config, { requirements: scenario.requirements }).files.map((f) => ({ path: f.name, text: f.content }))
}

/** What every stakeholder is shown: cost lines, recovery modes, capacity, security findings. */
function figures(scenario: Scenario) {
  const e = evaluateScenario(scenario)
  return {
    design: e.design,
    costLines: e.cost.lines,
    monthlyUsd: e.cost.monthlyUsd,
    recovery: e.recovery,
    capacity: e.capacity,
    findings: e.security.findings,
    layers: e.security.layers,
  }
}

describe('export → import gives back the same design (issue 14, round trip)', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', async (_id, preset) => {
    const files = asSourceFiles(preset.scenario)
    const imported = await importTerraform(files)
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors))
    // Same cost lines, recovery modes, capacity and findings…
    expect(figures(imported.scenario)).toEqual(figures(preset.scenario))
    // …because the design itself is the same, and so is its Terraform.
    expect(imported.scenario).toEqual(preset.scenario)
    expect(asSourceFiles(imported.scenario)).toEqual(files)
  })

  it('says the design came from ArchDeck\'s facts where Terraform cannot hold it', async () => {
    const imported = await importTerraform(asSourceFiles(PRESETS[0]!.scenario))
    expect(imported.ok && imported.report.notes.filter((n) => n.code === 'import.from-model-facts').length).toBeGreaterThan(0)
    expect(imported.ok && imported.report.assumed).toEqual([])
  })
})
