import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateScenario } from '../lib/evaluate'
import { scenarioAtExtremes } from '../data/presets/testing/arbitrary-scenario'
import { toReportJson } from './report-json'
import { toReportText } from './report-text'

/** Paths of the numbers JSON would write as null: NaN and ±Infinity. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => nonFinite(child, `${path}.${key}`))
}

describe('the reports of any valid scenario, even at the schema\'s extremes', () => {
  it('evaluate without throwing and show only finite numbers, never NaN or Infinity', () => {
    fc.assert(
      fc.property(scenarioAtExtremes, (scenario) => {
        const evaluation = evaluateScenario(scenario)
        expect(nonFinite(toReportJson('plan', scenario.config.name, evaluation))).toEqual([])
        expect(toReportText('plan', evaluation)).not.toMatch(/\bNaN\b|Infinity|undefined/)
      }),
      { numRuns: 60 },
    )
  })
})
