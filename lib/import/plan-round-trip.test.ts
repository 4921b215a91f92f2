import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import type { Scenario } from '../model'
import { exportTerraform } from '../terraform'
import { importTerraform } from './import-terraform'
import { startOfflinePlanner, whyNoTerraform, type OfflinePlanner } from './plan-round-trip.test-helper'

/** What every stakeholder is shown: cost lines, recovery modes, capacity, security findings. */
function figures(scenario: Scenario) {
  const e = evaluateScenario(scenario)
  return { costLines: e.cost.lines, monthlyUsd: e.cost.monthlyUsd, recovery: e.recovery, capacity: e.capacity, findings: e.security.findings }
}

const missing = whyNoTerraform()
if (missing) console.log(`skipped: the plan JSON round trip needs Terraform and its AWS provider mirror (${missing})`)

/**
 * Issue 14's round trip through Terraform itself: export → `terraform plan` (offline, see the
 * helper) → `terraform show -json` → import gives back the preset. A plan knows what Terraform
 * evaluated but not the ids AWS has yet to assign, so this checks that the references the
 * importer rebuilds from the configuration tie the design together as the .tf files do.
 * Each plan takes 20–50 s on a shared machine (the provider starts for plan and for show).
 */
describe.skipIf(missing !== null)('export → terraform plan → show -json → import gives back the same design', () => {
  let planner: OfflinePlanner
  beforeAll(async () => {
    planner = await startOfflinePlanner()
  })
  afterAll(async () => planner?.close())

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    'preset %s',
    async (_id, preset) => {
      const { files } = exportTerraform(preset.scenario.config, { requirements: preset.scenario.requirements })
      const imported = await importTerraform([{ path: 'plan.json', text: await planner.planJson(files) }])
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors))
      expect(figures(imported.scenario)).toEqual(figures(preset.scenario))
      expect(imported.scenario).toEqual(preset.scenario)
      expect(imported.report.assumed).toEqual([])
    },
    180_000,
  )
})
