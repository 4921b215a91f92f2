import { describe, expect, it } from 'vitest'
import { findPreset } from '../data/presets'
import { evaluateScenario } from '../lib/evaluate'
import { sayCliReport } from '../lib/i18n/catalog/say-cli-report'
import { toReportText } from './report-text'

const service = (recommendedTasks: number | null) => sayCliReport('en', { code: 'cli-report.service', params: { name: 'Order service', formula: 'M/M/c', recommendedTasks } })

describe('the CLI text report', () => {
  it('answers each stakeholder in its section, figures as the engines give them', () => {
    const lines = toReportText('swiftlogix', evaluateScenario(findPreset('swiftlogix')!.scenario)).split('\n')
    expect(lines[0]).toBe('ArchDeck report — swiftlogix')
    expect(lines[2]).toBe('Finance  $200.87 = 261,131 KRW a month; budget 150,000 KRW → OVER by 111,131 KRW')
    expect(lines.filter((l) => /^(Finance|Ops|CTO|Security) +\S/.test(l)).map((l) => l.slice(0, 9))).toEqual(['Finance  ', 'Ops      ', 'CTO      ', 'Security '])
    expect(lines).toContain('         Order service: M/M/c, least outstanding requests (one pooled queue): λ = 200 req/s, S = 5.89 ms (calibrated to a measured run: 20 req/s per task at p95 20 ms) at 0.5 vCPU, c = 10 tasks × 1 = 10, ρ = 11.8 % → queue p95 17.6 ms + 65 ms network = 82.6 ms; recommended 2 tasks')
  })

  it('counts recommended tasks in words: 1 task, 3 tasks, or none', () => {
    expect(service(1)).toBe('Order service: M/M/c; recommended 1 task')
    expect(service(3)).toBe('Order service: M/M/c; recommended 3 tasks')
    expect(service(null)).toBe('Order service: M/M/c; no task count recommended')
  })

  it('prints an unknown price as unknown, a known one as notation dollars without grouping', () => {
    expect(sayCliReport('en', { code: 'cli-report.money', params: { usd: null } })).toBe('unknown')
    expect(sayCliReport('en', { code: 'cli-report.money', params: { usd: 1234.5 } })).toBe('$1234.50')
  })
})
