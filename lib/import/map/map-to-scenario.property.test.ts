import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioWithUserText, validScenario } from '../../../data/presets/testing/arbitrary-scenario'
import { parseScenario, type Scenario } from '../../model'
import { exportTerraform } from '../../terraform'
import { mapToScenario } from './index'
import { exportAsConfiguration } from './testing/export-as-configuration'

/** Export with the requirements, read the files back as the evaluator would, map, validate. */
function roundTrip(scenario: Scenario): Scenario {
  const files = exportTerraform(scenario.config, { requirements: scenario.requirements }).files
  const parsed = parseScenario(mapToScenario(exportAsConfiguration(files)).scenario)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.value
}

describe('mapToScenario: any valid scenario comes back from its export', () => {
  it('gives back 200 generated scenarios as they were', () => {
    fc.assert(fc.property(validScenario, (scenario) => {
        expect(roundTrip(scenario)).toEqual(scenario)
      }), { numRuns: 200 })
  })

  it('gives back names, labels and descriptions in any script and with template characters, which AWS tags and EC2 texts cannot hold', () => {
    fc.assert(fc.property(scenarioWithUserText, (scenario) => {
        expect(roundTrip(scenario)).toEqual(scenario)
      }), { numRuns: 100 })
  })
})
