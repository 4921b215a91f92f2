import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import type { ArchitectureConfig } from '../model'
import { costLineWords } from '../i18n/catalog/say-cost'
import { computeMonthlyCost } from './compute-monthly-cost'

const mau = structuredClone(findPreset('mau-1m')!.scenario)

function spotLine(config: ArchitectureConfig) {
  return computeMonthlyCost(config, mau.requirements).lines.find((l) => l.id === 'ec2-spot:api')!
}

function withInstanceType(config: ArchitectureConfig, instanceType: string): ArchitectureConfig {
  return { ...config, services: config.services.map((s) => (s.compute.kind === 'ec2' ? { ...s, compute: { ...s.compute, instanceType } } : s)) }
}

// AWS, "Amazon EC2 Spot Instances pricing": Spot Instances run "at up to a 90 % discount compared to
// On-Demand prices", and the price floats with supply and demand. A fixed discount is therefore an
// expectation: the seed's, or the user's, each shown as such, never "published".
describe('the Spot share of an EC2 Auto Scaling group', () => {
  it("prices seed 003's Spot instances at its stated 70 % off on-demand, as stated by the seed", () => {
    const line = spotLine(mau.config)
    // 10 × t4g.medium × 730 h × $0.0416 × (1 − 0.70) = $91.104
    expect(line.monthlyUsd).toBe(91.1)
    expect(line.price.status === 'known' && line.price.basis).toBe('seed-stated')
    expect(line.formula.params.terms).toEqual([expect.objectContaining({ priceId: 'ec2.linux.t4g.medium.hour', unitPrice: { usd: 0.0416, per: 'hour' }, discountPercent: 70 })])
    const words = costLineWords(line, 'en')
    expect(words.formula).toBe('10 × t4g.medium Spot × 730 h × $0.0416/h × (1 − 70 %) = $91.10')
    expect(words.source).toMatch(/^stated by the seed, unverified: Spot 70 % below on-demand, Seed document shared\/seeds\/003 .*; on-demand: EC2/)
    expect(costLineWords(line, 'ko').source).toMatch(/^시드 문서에 적힌 값\(미검증\): Spot은 온디맨드보다 70% 저렴/)
  })

  it("takes the design's own Spot discount first, as the user's assumption", () => {
    const line = spotLine({ ...mau.config, pricing: { overrides: [], spotDiscountPercent: 60 } })
    // 10 × 730 × 0.0416 × 0.4 = 121.472
    expect(line.monthlyUsd).toBe(121.47)
    expect(line.price.status === 'known' && line.price.basis).toBe('assumed')
    expect(costLineWords(line, 'en').source).toMatch(/^your assumption: Spot 60 % below on-demand; on-demand: /)
  })

  it("bills the peak's extra instances at the Spot rate: the group's on-demand base is already full", () => {
    const { band } = computeMonthlyCost(mau.config, mau.requirements, { peakCount: () => 16 })
    expect(band.formula.params.extras).toHaveLength(1)
    expect(band.formula.params.extras[0]!.units).toBe(4)
    // 730 h × $0.01248 = $9.11 a month, $0.01248 an hour (cents rounding aside).
    expect(band.formula.params.extras[0]!.hourlyUsd).toBeCloseTo(0.01248, 4)
  })

  it('stays unknown for an instance type no seed and no user gives a discount for', () => {
    const line = spotLine(withInstanceType(mau.config, 'm5.large'))
    expect(line.monthlyUsd).toBeNull()
    expect(line.source.code).toBe('cost.source.not-in-catalog')
  })
})
