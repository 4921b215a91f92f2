import { describe, expect, it } from 'vitest'
import { findPreset } from '../data/presets'
import { evaluateScenario } from '../lib/evaluate'
import { withOldPrices } from '../lib/pricing/price-age'
import { toReportJson } from './report-json'
import { toReportText } from './report-text'

const evaluation = evaluateScenario(findPreset('swiftlogix')!.scenario)
const LATER = new Date('2030-01-01T00:00:00Z')
const EARLIER = new Date('2020-01-01T00:00:00Z')

describe('the CLI reports mark prices more than 12 months old (issue 12 §4)', () => {
  it('writes "old (date)" after the source of each such line in the text report', () => {
    const old = withOldPrices(evaluation.cost.lines, LATER)
    expect(old.length).toBeGreaterThan(0)
    const marked = toReportText('swiftlogix', evaluation, LATER)
      .split('\n')
      .filter((l) => /\] old \([^)]+\)$/.test(l))
    expect(marked).toHaveLength(old.length)
    expect(toReportText('swiftlogix', evaluation, EARLIER)).not.toMatch(/\] old \(/)
  })

  it('adds the source date and "old" to each line of the JSON, keeping every field it had', () => {
    const lines = toReportJson('swiftlogix', 'SwiftLogix', evaluation, LATER).cost.lines
    for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(['label', 'formula', 'source', 'sourceDate', 'old', 'sourceCode', 'sourceParams']))
    const old = new Set(withOldPrices(evaluation.cost.lines, LATER).map(({ item }) => item.id))
    expect(new Set(lines.filter((l) => l.old).map((l) => l.id))).toEqual(old)
    // A line without a dated source (unknown price) has no date and is never old.
    for (const l of lines) if (l.sourceDate === null) expect(l.old).toBe(false)
    expect(toReportJson('swiftlogix', 'SwiftLogix', evaluation, EARLIER).cost.lines.some((l) => l.old)).toBe(false)
  })
})
