import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { costLineWords } from '../i18n/catalog/say-cost'
import { computeMonthlyCost } from './compute-monthly-cost'

const { config, requirements } = structuredClone(findPreset('standard-web')!.scenario)

// Amazon CloudWatch pricing, "Free tier": 10 alarms, 5 GB of log data ingestion and 3 dashboards
// a month, per account. The account's other workloads share them, so one design cannot count on
// them: ArchDeck takes none off, and every CloudWatch line says so in its formula.
describe('CloudWatch lines and the free tier', () => {
  const monitoring = { ...config.monitoring, logsIngestedGbPerMonth: 4, alarms: 3, dashboards: 2 }
  const report = computeMonthlyCost({ ...config, monitoring }, requirements)
  const cloudwatch = report.lines.filter((l) => l.id.startsWith('cloudwatch-'))

  it('bills every alarm, GB and dashboard, even below the free tier', () => {
    expect(cloudwatch.map((l) => [l.id, l.quantity])).toEqual([
      ['cloudwatch-logs', 4],
      ['cloudwatch-alarms', 3],
      ['cloudwatch-dashboards', 2],
    ])
    expect(cloudwatch.every((l) => (l.monthlyUsd ?? 0) > 0)).toBe(true)
  })

  it('says in each formula that the free tier is not applied', () => {
    for (const line of cloudwatch) {
      expect(costLineWords(line, 'en').formula).toMatch(/\(free tier not applied: 10 alarms, 5 GB logs, 3 dashboards a month per account, shared with the account's other workloads\)$/)
      expect(costLineWords(line, 'ko').formula).toMatch(/\(프리 티어 미적용: 계정당 월 경보 10개, 로그 5 GB, 대시보드 3개는 계정의 다른 워크로드와 함께 씀\)$/)
    }
  })
})

// AWS Free Tier, "always free": 100 GB of data transfer out to the internet a month, aggregated
// across services and regions, and CloudFront's first 1 TB a month. ArchDeck takes these off and says so.
describe('data transfer out and its always-free allowance', () => {
  it('takes the first 100 GB off and names the allowance in the formula', () => {
    const line = computeMonthlyCost(config, requirements).lines.find((l) => l.id === 'data-transfer-out' || l.id === 'cloudfront-data-out')!
    expect(costLineWords(line, 'en').formula).toMatch(/\(always free(, across all services: the first 100 GB a month out to the internet|: CloudFront's first 1024 GB a month)\)$/)
  })
})
