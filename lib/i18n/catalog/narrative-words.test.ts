import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { evaluateScenario } from '../../evaluate'
import { applyOverrides } from '../../model'
import { narrate } from '../../narrative'
import { adr as enAdr } from './en/adr'
import { narrative as enNarrative } from './en/narrative'
import { report as enReport } from './en/report'
import { adr as koAdr } from './ko/adr'
import { narrative as koNarrative } from './ko/narrative'
import { report as koReport } from './ko/report'
import { englishLeftIn } from './testing/english-left-in'

type Catalog = Record<string, (params: never) => string>

/** AWS names and notation the narrative, the report and the decision records keep in Latin letters in Korean. */
const NOTATION = ['CDN', 'WAF', 'SSH', 'RDP', 'VPC', 'Container Insights', 'CTO', 'ms', 'US$', 'KRW', 'RTO', 'RPO']

/** Sample values for every variable of the report and decision-record messages. */
const SAMPLE = {
  name: 'Plan B', date: '2026-11-22', rtoMinutes: 60, rpoMinutes: 5, peakName: 'Black Friday', complete: false, minUsd: 100, typicalUsd: null, peakUsd: 300,
  status: 'accepted', column: 'option', amount: 396.57, currency: 'USD', within: true, ms: 129.75, meetsSla: true, ref: 'final v4', id: 'final', version: 4, dates: '2026-11-22',
  figures: { monthlyUsd: 396.57, monthlyKrw: 515541, costComplete: true, withinBudget: false, autoRecovered: 5, scenarioCount: 8, worstP95Ms: 129.75, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2026-11-22' },
}

describe('the narrative, report and decision-record namespaces', () => {
  it.each([
    ['narrative', enNarrative, koNarrative],
    ['report', enReport, koReport],
    ['adr', enAdr, koAdr],
  ] as [string, Catalog, Catalog][])('words every %s code in both languages', (_, en, ko) => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
  })

  it.each([
    ['report', koReport],
    ['adr', koAdr],
  ] as [string, Catalog][])('words every %s code in Korean with no English left but AWS names and notation', (_, ko) => {
    for (const [code, message] of Object.entries(ko)) {
      const korean = message((code === 'adr.index-column' ? { column: 'number' } : SAMPLE) as never)
      expect(englishLeftIn(korean, [...NOTATION, 'Plan B', 'Black Friday', 'final']), `${code}: ${korean}`).toEqual([])
    }
  })

  it('tells every preset and its one-knob variants in Korean with no English left but the names users typed', () => {
    for (const preset of PRESETS)
      for (const knobs of [[], ['dbMultiAz=true'], ['natGateways=0'], ['tasksPerService=1']]) {
        const result = applyOverrides(preset.scenario, knobs)
        if (!result.ok) throw new Error(`${preset.id}: ${knobs.join(' ')} does not apply`)
        const scenario = result.value
        const n = narrate(scenario, evaluateScenario(scenario), 'ko')
        const text = [n.context, n.exchangeRate, ...n.sections.flatMap((s) => [s.title, s.question, s.headline, ...s.sentences]), n.decision.title, n.decision.headline, ...n.decision.steps, n.decision.basis].join('\n')
        const typed = [scenario.config.name, scenario.requirements.traffic.peak.name, scenario.requirements.sla.endpoint, ...scenario.config.services.flatMap((s) => [s.name, s.id])]
        expect(englishLeftIn(text, [...typed, ...NOTATION]), `${preset.id} ${knobs.join(' ')}`).toEqual([])
      }
  })
})
