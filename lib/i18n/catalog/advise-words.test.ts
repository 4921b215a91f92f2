import { describe, expect, it } from 'vitest'
import { LEVER_IDS, type AdviceReason } from '../../advise/advise-reasons'
import { boundReason, missReason } from '../../advise/miss-reason'
import { sayAdvise } from './say-advise'

const REASONS: AdviceReason[] = [
  ...LEVER_IDS.map((lever): AdviceReason => ({ code: 'advise.lever', params: { lever } })),
  { code: 'advise.fixed.no-cache', params: {} },
  { code: 'advise.fixed.no-ec2', params: {} },
  { code: 'advise.fixed.no-fargate', params: {} },
  { code: 'advise.fixed.admin-access-policy', params: { policy: 'bastion' } },
  { code: 'advise.fixed.admin-access-policy', params: { policy: 'ssm' } },
  missReason({ goal: 'budget', by: 42_660 }),
  missReason({ goal: 'sla', by: 12.34 }),
  missReason({ goal: 'sla', by: Infinity }),
  missReason({ goal: 'recovery', by: 0.125 }),
  missReason({ goal: 'security', by: 2 }),
  boundReason({ bound: 'peak-month', by: 30_886 }),
  boundReason({ bound: 'rto', by: 45, scenario: 'az-outage', minutes: 60 }),
  boundReason({ bound: 'rpo', by: Infinity, scenario: 'region-outage', minutes: null }),
]

describe('the advise namespace', () => {
  it('words how far each goal is missed, in English and Korean', () => {
    expect(sayAdvise('en', missReason({ goal: 'budget', by: 42_660 }))).toBe('₩42,660 a month over the budget')
    expect(sayAdvise('ko', missReason({ goal: 'budget', by: 42_660 }))).toBe('예산보다 월 42,660원 초과')
    expect(sayAdvise('en', missReason({ goal: 'sla', by: 12.34 }))).toBe('p95 12.3 ms over the SLA')
    expect(sayAdvise('en', missReason({ goal: 'recovery', by: 0.125 }))).toBe('recovery coverage 12.5 % short of the goal')
    expect(sayAdvise('en', missReason({ goal: 'security', by: 1 }))).toBe('1 high security finding')
    expect(sayAdvise('ko', missReason({ goal: 'security', by: 2 }))).toBe('높음 등급 보안 발견 사항 2건')
  })

  it('words the peak month\'s budget and the RTO/RPO bounds, naming the scenario furthest over, with Korean money as the rest of the Korean text (42,660원)', () => {
    expect(sayAdvise('en', boundReason({ bound: 'peak-month', by: 30_886 }))).toBe('₩30,886 over the budget in the peak month')
    expect(sayAdvise('ko', boundReason({ bound: 'peak-month', by: 30_886 }))).toBe('피크가 있는 달에 예산보다 30,886원 초과')
    expect(sayAdvise('en', boundReason({ bound: 'rto', by: 45, scenario: 'az-outage', minutes: 60 }))).toBe('Availability zone outage: RTO 60 minutes, 45 minutes over the RTO goal')
    expect(sayAdvise('ko', boundReason({ bound: 'rto', by: 45, scenario: 'az-outage', minutes: 60 }))).toMatch(/^.+: RTO 60분, 목표보다 45분 초과$/)
    expect(sayAdvise('en', boundReason({ bound: 'rpo', by: Infinity, scenario: 'region-outage', minutes: null }))).toBe('Region outage: RPO unbounded')
    expect(sayAdvise('ko', missReason({ goal: 'budget', by: 1_000 }))).not.toMatch(/₩/)
  })

  it('words every reason in both languages, with no Hangul in English and Hangul in Korean', () => {
    for (const reason of REASONS) {
      expect(sayAdvise('en', reason)).not.toMatch(/[\uac00-\ud7a3]/)
      expect(sayAdvise('en', reason).length).toBeGreaterThan(0)
      if (reason.code !== 'advise.lever' || !['nat', 'db-insights'].includes(reason.params.lever)) expect(sayAdvise('ko', reason)).toMatch(/[\uac00-\ud7a3]/)
    }
  })
})
