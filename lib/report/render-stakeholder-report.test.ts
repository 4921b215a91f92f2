import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { evaluateScenario } from '../evaluate'
import type { Scenario } from '../model'
import { renderStakeholderReport } from './render-stakeholder-report'
import { HOSTILE_TEXTS, liveMarkup } from './testing/live-markup'

const swiftlogix = findPreset('swiftlogix')!.scenario
const render = (scenario: Scenario, locale: 'en' | 'ko', options = {}) => renderStakeholderReport(scenario, evaluateScenario(scenario), locale, options)

/** Every table row has as many cells as its header. */
function expectWellFormedTables(markdown: string) {
  const blocks = markdown.split('\n\n').filter((b) => b.startsWith('|'))
  for (const block of blocks) {
    const rows = block.split('\n')
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length
    for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!))
  }
  expect(blocks.length).toBeGreaterThan(0)
}

describe('renderStakeholderReport in English', () => {
  const md = render(swiftlogix, 'en')

  it('has a title, the exchange rate, the summary and one section per stakeholder', () => {
    expect(md.startsWith('# SwiftLogix final proposal — Stakeholder report\n')).toBe(true)
    expect(md).toContain('**Exchange rate:** 1 US dollar = ₩1,300 · AWS prices as of November 22, 2026')
    const headings = md.split('\n').filter((l) => l.startsWith('## '))
    expect(headings).toEqual(['## Summary', '## Operations', '## Business', '## Security', '## Finance', '## CTO', '## Decision and next steps'])
  })

  it('carries the narrative sentences', () => {
    expect(md).toContain('- The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget.')
    expect(md).toContain('**3 of 8 failures fix themselves** (Needs action)')
  })

  it('lists every cost line with its formula and source, then the total and the budget', () => {
    expect(md).toContain('| NAT gateway | $32.85 | ₩42,705 | 1 NAT gateway × 730 h × $0.045/h = $32.85 | AWS pricing-page data file for NAT Gateway')
    expect(md).toMatch(/\| \*\*Total\*\* \| \*\*\$200\.87\*\* \| \*\*₩261,131\*\* \|/)
    expect(md).toContain('| Budget | $115.38 | ₩150,000 |')
  })

  it('tables the failure scenarios, the peak, protection layers, findings and p95 against the target', () => {
    expect(md).toContain('| One data centre fails | partly automatic | 60 min | 5 min | no |')
    expect(md).toContain('| Whole AWS region fails | needs a person | unbounded | unbounded | no |')
    expect(md).toContain('| Order service | 2 | 10 | 2 | 14 |')
    expect(md).toContain('| 7 | Logging and audit | yes |')
    expect(md).toContain('| Minor | Detailed server monitoring (Container Insights) is off |')
    expect(md).toContain('| Order service | 83 ms | 83 ms | 1,000 ms | yes |')
    expectWellFormedTables(md)
  })

  it('is deterministic: no clock unless a time is passed', () => {
    expect(render(swiftlogix, 'en')).toBe(md)
    expect(md).not.toContain('Generated')
    expect(render(swiftlogix, 'en', { generatedAt: '2026-11-24T03:00:00Z' })).toContain('**Generated:** November 24, 2026 at 03:00 UTC')
  })

  it('takes a title and keeps user text from breaking the Markdown', () => {
    const scenario = structuredClone(swiftlogix)
    scenario.config.services[0]!.name = 'Order | *service*'
    const out = render(scenario, 'en', { title: 'Team # plan' })
    expect(out.startsWith('# Team \\# plan\n')).toBe(true)
    expect(out).toContain('| Order \\| \\*service\\* | 2 | 10 | 2 | 14 |')
    expectWellFormedTables(out)
  })
})

describe('renderStakeholderReport and user text', () => {
  it('never turns the plan, service or peak names, or the title, into a link, an image or HTML', () => {
    for (const text of HOSTILE_TEXTS) {
      const scenario = structuredClone(swiftlogix)
      const name = text.replace(/\s+/g, ' ').slice(0, 120)
      scenario.config.name = name
      scenario.config.services[0]!.name = name
      scenario.requirements.traffic.peak.name = name
      for (const locale of ['en', 'ko'] as const) {
        const out = render(scenario, locale, { title: text })
        expect(liveMarkup(out), `${locale}: ${text}`).toEqual([])
        expectWellFormedTables(out)
      }
    }
  })
})

describe('renderStakeholderReport in Korean', () => {
  const md = render(swiftlogix, 'ko')

  it('writes Korean headings, columns and sentences, with won after the number', () => {
    // A preset's name is said in the reader's language (lib/i18n/catalog/ko/presets.ts).
    expect(md.startsWith('# SwiftLogix 최종 제안 — 이해관계자 보고서\n')).toBe(true)
    const headings = md.split('\n').filter((l) => l.startsWith('## '))
    expect(headings).toEqual(['## 요약', '## 운영', '## 비즈니스', '## 보안', '## 재무', '## CTO', '## 결정 사항과 다음 단계'])
    expect(md).toContain('**환율:** 1달러 = 1,300원 · AWS 단가 기준일 2026년 11월 22일')
    expect(md).toContain('- 이 구성의 월 비용은 261,131원으로, 예산 150,000원을 111,131원 초과합니다.')
    expect(md).toContain('| 데이터센터 한 곳 장애 | 일부 자동 | 60분 | 5분 | 미달 |')
    expect(md).toMatch(/\| \*\*합계\*\* \| \*\*200\.87달러\*\* \| \*\*261,131원\*\* \|/)
    expectWellFormedTables(md)
  })

  it('writes the security section in Korean: the database answer, the layers and the findings', () => {
    const security = md.slice(md.indexOf('## 보안'), md.indexOf('## 재무'))
    expect(security).toContain('> 인터넷에서 데이터베이스에 포트 5432로 직접 접속할 수 없습니다: ')
    expect(security).toContain('CloudWatch Logs 보존 기간은 30일입니다.')
    expect(security).toContain('| ECS Container Insights가 꺼져 있습니다. 태스크별 CPU, 메모리, 재시작 횟수가 기록되지 않습니다. | 클러스터의 Container Insights를 켜세요. |')
    expect(security).not.toMatch(/cannot reach|is off|Turn on|admits/)
  })
})
