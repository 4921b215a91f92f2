import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validScenario } from '../../data/presets/testing/arbitrary-scenario'
import { exportTerraform } from './export-terraform'
import { HAS_TFCHECK, runTfcheckOnMany } from './tfcheck.test-helper'

describe('exportTerraform: tfcheck accepts the export of any valid configuration', () => {
  it.skipIf(!HAS_TFCHECK)('exports 40 generated configurations with zero tfcheck errors', () => {
    // One tfcheck run over every export; the seed in a failure reproduces the sample.
    const seed = Date.now() ^ (Math.random() * 0x7fffffff)
    const scenarios = fc.sample(validScenario, { numRuns: 40, seed })
    const reports = runTfcheckOnMany(scenarios.map((s) => exportTerraform(s.config).files))
    const failures = reports.flatMap((report, i) =>
      report.errors === 0 ? [] : [{ scenario: fc.stringify(scenarios[i]), errors: report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`) }],
    )
    expect(failures, `seed ${seed}`).toEqual([])
  })
})
