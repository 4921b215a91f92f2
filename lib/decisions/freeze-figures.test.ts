import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { FrozenFiguresSchema } from '@/lib/decisions/types'
import { evaluateScenario } from '@/lib/evaluate'
import { freezeFigures } from './freeze-figures'

describe('freezeFigures', () => {
  it('takes the KPI strip figures of swiftlogix, and they fit the decision schema', () => {
    const evaluation = evaluateScenario(findPreset('swiftlogix')!.scenario)
    const figures = freezeFigures(evaluation)
    expect(FrozenFiguresSchema.parse(figures)).toEqual(figures)
    expect(figures.monthlyUsd).toBeCloseTo(200.87, 2)
    expect(figures).toMatchObject({
      autoRecovered: evaluation.recovery.autoCount,
      scenarioCount: 8,
      highFindings: evaluation.security.counts.high,
      worstP95Ms: evaluation.capacity.worstPeakP95Ms,
      priceCatalogCompiled: evaluation.cost.priceCatalogCompiled,
    })
  })

  it('records an overloaded peak as a null p95, since JSON has no Infinity', () => {
    const evaluation = evaluateScenario(findPreset('swiftlogix')!.scenario)
    const overloaded = { ...evaluation, capacity: { ...evaluation.capacity, worstPeakP95Ms: Infinity, meetsSla: false } }
    expect(freezeFigures(overloaded)).toMatchObject({ worstP95Ms: null, meetsSla: false })
  })
})
