import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import type { ArchitectureConfig } from '../model'
import { costLineWords } from '../i18n/catalog/say-cost'
import { sayPriceBasis } from '../i18n/catalog/say-cost'
import { computeMonthlyCost } from './compute-monthly-cost'
import { designPrice } from './design-price'

const seed000 = structuredClone(findPreset('swiftlogix')!.scenario)

function lines(config: ArchitectureConfig) {
  return computeMonthlyCost(config, seed000.requirements).lines
}

function lineOf(config: ArchitectureConfig, id: string) {
  return lines(config).find((l) => l.id === id)!
}

describe("the design's own prices (pricing)", () => {
  it('changes nothing when a design has no pricing section', () => {
    const withEmpty = lines({ ...seed000.config, pricing: { overrides: [] } })
    expect(withEmpty).toEqual(lines(seed000.config))
  })

  it("bills a negotiated unit price for any catalog key, as the user's assumption", () => {
    const config: ArchitectureConfig = { ...seed000.config, pricing: { overrides: [{ key: 'alb.hour', usd: 0.02, note: 'quoted by our AWS account team' }] } }
    const alb = lineOf(config, 'alb-hours:alb')
    // 730 h × $0.02 = $14.60
    expect(alb.monthlyUsd).toBe(14.6)
    expect(alb.price.status === 'known' && alb.price.basis).toBe('assumed')
    expect(costLineWords(alb, 'en').source).toBe('your assumption, your own price: quoted by our AWS account team')
    expect(costLineWords(alb, 'ko').source).toBe('사용자 가정, 직접 정한 가격: quoted by our AWS account team')
    expect(sayPriceBasis('en', 'assumed')).toBe('your assumption')
  })

  // An enterprise agreement (AWS Enterprise Discount Program) takes a percentage off the bill's
  // list prices; ArchDeck takes it off every published or derived price and leaves a seed's
  // statement or an unknown price as it is.
  it('takes an enterprise discount off published and derived prices and shows the list price', () => {
    const config: ArchitectureConfig = { ...seed000.config, pricing: { overrides: [], discountPercent: 10 } }
    const vcpu = lineOf(config, 'fargate-vcpu:x86-0.5vcpu-1gb-20gb')
    const list = lineOf(seed000.config, 'fargate-vcpu:x86-0.5vcpu-1gb-20gb')
    expect(vcpu.monthlyUsd).toBeCloseTo(list.monthlyUsd! * 0.9, 1)
    expect(vcpu.price.status === 'known' && vcpu.price.basis).toBe('assumed')
    expect(costLineWords(vcpu, 'en').formula).toMatch(/× \$0\.04048\/vCPU-h × \(1 − 10 %\) = \$/)
    expect(costLineWords(vcpu, 'en').source).toMatch(/^your assumption: 10 % enterprise discount on /)
    // Database Insights' price is the seed's statement: no discount is taken off it.
    expect(lineOf(config, 'rds-database-insights')).toEqual(lineOf(seed000.config, 'rds-database-insights'))
  })

  it('prefers an override to the enterprise discount for the same key', () => {
    const config: ArchitectureConfig = { ...seed000.config, pricing: { overrides: [{ key: 'alb.hour', usd: 0.02 }], discountPercent: 50 } }
    expect(lineOf(config, 'alb-hours:alb').monthlyUsd).toBe(14.6)
  })

  it("reaches the base catalog's reserved EC2 row under the key reservations are looked up by", () => {
    const config: ArchitectureConfig = { ...seed000.config, adminAccess: { ...seed000.config.adminAccess, bastion: { ...seed000.config.adminAccess.bastion!, instanceType: 't3.micro', purchase: 'reserved-1yr-all-upfront' } } }
    const { price } = designPrice(config, 'reserved.ec2.t3.micro.linux.1yr_all_upfront.effective_hour')
    expect(price.status === 'known' && price.usd).toBe(0.00605)
    const bastion = lineOf(config, 'bastion')
    // 730 h × $0.00605 = $4.4165: an effective rate, its upfront and hourly parts unknown.
    expect(bastion.monthlyUsd).toBe(4.42)
    expect(bastion.formula.params.terms[0]!.effectiveRate).toBe(true)
  })
})
