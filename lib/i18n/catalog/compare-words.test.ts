import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { compareScenarios, diffConfigs, pickWinners, type CompareReason } from '../../compare'
import { collectStrings } from '../../explain/testing/engine-words'
import { applyOverrides } from '../../model'
import type { CompareUiReason } from './compare-ui-reasons'
import { compareUi as enUi } from './en/compare-ui'
import { compareUi as koUi } from './ko/compare-ui'
import { sayCompare } from './say-compare'
import { sayCost } from './say-cost'
import { englishLeftIn } from './testing/english-left-in'

/** AWS names, units and notation the comparison keeps in Latin letters in Korean too. */
const AWS_WORDS = ['Database Insights', 'Container Insights', 'Session Manager', 'SSM', 'CloudFront', 'WAF', 'VPC', 'IPv4', 'RTO', 'RPO', 'CPU', 'vCPU', 'EC2', 'ms', 'GB', 'arm', 'US', 'DNS', 'KRW', 'USD', 'TCP', 'UDP']

/** Every reason the comparison gives for each preset against the next one and against its one-knob variants. */
function reasonsOfEveryPreset(): CompareReason[] {
  return PRESETS.flatMap((preset, i) => {
    const next = PRESETS[(i + 1) % PRESETS.length]!
    const variants = ['natGateways=0', 'dbMultiAz=true', 'tasksPerService=6'].flatMap((o) => {
      const result = applyOverrides(preset.scenario, [o])
      return result.ok ? [result.value] : []
    })
    const changes = [next.scenario, ...variants].flatMap((other) => diffConfigs(preset.scenario, other))
    const winners = pickWinners(compareScenarios([preset, next].map((p) => ({ id: p.id, name: p.title, scenario: p.scenario }))))
    return [...changes.flatMap((c) => [c.label, c.from, c.to, ...c.effects]), ...winners.map((w) => w.reason)].filter((r) => r !== null)
  })
}

/** What a message was given, set aside when looking for English: names and ids as typed, and bill lines in the cost namespace's words. */
function valuesOf(reason: CompareReason): string[] {
  return [...collectStrings(reason.params), ...findLineLabels(reason.params).map((label) => sayCost('ko', label))]
}

function findLineLabels(value: unknown): Parameters<typeof sayCost>[1][] {
  if (Array.isArray(value)) return value.flatMap(findLineLabels)
  if (value !== null && typeof value === 'object') {
    if ('code' in value && typeof value.code === 'string' && value.code.startsWith('cost.')) return [value as Parameters<typeof sayCost>[1]]
    return Object.values(value).flatMap(findLineLabels)
  }
  return []
}

describe('the compare namespace in Korean', () => {
  it('words every diff and winner of every preset with no English left but names, ids and AWS notation', () => {
    const reasons = reasonsOfEveryPreset()
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(25)
    for (const reason of reasons) {
      const korean = sayCompare('ko', reason)
      expect(englishLeftIn(korean, [...valuesOf(reason), ...AWS_WORDS]), `${reason.code}: ${korean}`).toEqual([])
    }
  })
})

/** Sample values for every variable of the page's messages; set aside when looking for English. */
const SAMPLE = {
  plans: 4, compiled: '2026년 11월 22일', name: 'Plan B', position: 2, path: 'config.network.azCount', message: 'must be at most 6', id: 'nope', max: 4,
  stakeholder: 'ops', severity: 'high', amount: '₩1,000', usd: 'US$1.00', count: 3, budget: '₩150,000', auto: 5, total: 8, mode: '자동',
  rtoMinutes: 5, rpoMinutes: 5, ms: '1,000 ms', parts: 'Plan B 1', sla: '1,000 ms', from: 'Plan A', to: 'Plan B', fields: ['port'], more: true,
}
const VALUES = [...Object.values(SAMPLE).map(String), ...AWS_WORDS]

describe('the compare page words in Korean', () => {
  it('words every compare-ui code with no English left but AWS names and notation', () => {
    expect(Object.keys(koUi).sort()).toEqual(Object.keys(enUi).sort())
    for (const [code, message] of Object.entries(koUi) as [CompareUiReason['code'], (params: never) => string][]) {
      const korean = message(SAMPLE as never)
      expect(englishLeftIn(korean, VALUES), `${code}: ${korean}`).toEqual([])
    }
  })
})
