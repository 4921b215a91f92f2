import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import { withOldPrices } from '../pricing/price-age'
import { renderStakeholderReport } from './render-stakeholder-report'

const scenario = findPreset('swiftlogix')!.scenario
const evaluation = evaluateScenario(scenario)
const LATER = new Date('2030-01-01T00:00:00Z')

describe('the Markdown report marks prices more than 12 months old (issue 12 §4)', () => {
  it('writes "old (date)" after the source of each such cost line when it is dated', () => {
    const old = withOldPrices(evaluation.cost.lines, LATER)
    expect(old.length).toBeGreaterThan(0)
    const report = renderStakeholderReport(scenario, evaluation, 'en', { today: LATER })
    for (const { age } of old) expect(report).toContain(` old (${age.date}) |`)
    expect(renderStakeholderReport(scenario, evaluation, 'ko', { today: LATER })).toContain(` 오래됨 (${old[0]!.age.date}) |`)
  })

  it('ages prices against the generation date when no day is given', () => {
    expect(renderStakeholderReport(scenario, evaluation, 'en', { generatedAt: LATER })).toContain(' old (')
  })

  it('calls no price old without a clock, so the same scenario gives the same bytes', () => {
    expect(renderStakeholderReport(scenario, evaluation, 'en')).not.toContain(' old (')
  })
})
