import { beforeAll, describe, expect, it } from 'vitest'
import type { Judged } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'
import { changeLines, figureRows, goalRows } from './preview-rows'
import { swiftlogixAdvice } from './swiftlogix-advice.fixture'

let result: AdviceResult
let current: Judged

beforeAll(() => {
  ;({ result, current } = swiftlogixAdvice())
})

describe('the preview’s rows', () => {
  it('sets the best design’s figures against the current design’s, with the difference and whether it is better', () => {
    const rows = figureRows(result.best!, current, 'en')
    expect(rows.map((r) => [r.figure, r.design, r.current, r.difference, r.tone])).toEqual([
      ['cost', '₩122,382 ($94.14)', '₩261,131 ($200.87)', '−₩138,749', 'better'],
      ['coverage', '37.5 %', '37.5 %', 'same', 'same'],
      ['p95', '91 ms', '83 ms', '+9 ms', 'worse'],
    ])
    const ko = figureRows(result.best!, current, 'ko')
    expect(ko.map((r) => r.label)).toEqual(['월 비용', '자동 복구 비율', '피크 p95'])
    expect(ko[0]).toMatchObject({ design: '122,382원 (94.14달러)', difference: '−138,749원' })
  })

  it('says each goal met, or missed and by how much in the advise catalog’s words', () => {
    expect(goalRows(result.best!, 'en').map((r) => r.text)).toEqual(['Meets the budget goal', 'Meets the SLA goal', 'Meets the recovery goal', 'Meets the security goal'])
    const dearer = result.frontier[1]!
    const budget = goalRows(dearer, 'en')[0]!
    expect(budget).toMatchObject({ goal: 'budget', met: false })
    expect(budget.text.startsWith(`Misses the budget goal: ₩${(dearer.monthlyKrw - 150_000).toLocaleString('en-US')} a month over the budget`)).toBe(true)
    expect(goalRows(dearer, 'ko')[0]!.text).toMatch(/^예산 목표 미달: 예산보다 월 [₩\d,원]+ 초과/)
  })

  it('words each change as Compare does: setting, from → to, and what it does', () => {
    const lines = changeLines(result.best!, 'en')
    expect(lines).toHaveLength(result.best!.changes.length)
    expect(lines).toContain('NAT: one shared NAT gateway → NAT instance (t3.nano), −$32.96/month')
    expect(lines.join('\n')).toMatch(/^Fargate task size: 0\.5 vCPU \/ 1 GB → 0\.25 vCPU \/ 0\.5 GB, −\$54\.06\/month/m)
    expect(changeLines(result.best!, 'ko').join('\n')).toMatch(/[\uac00-\ud7a3]/)
  })
})
