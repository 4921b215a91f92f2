import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'

const swiftlogix = () => structuredClone(findPreset('swiftlogix')!.scenario) as unknown as { config: Record<string, unknown>; requirements: unknown }

function errorsOf(pricing: unknown) {
  const s = swiftlogix()
  s.config.pricing = pricing
  const result = parseScenario(s)
  return result.ok ? [] : result.errors
}

describe('the pricing section of a design', () => {
  it('is optional: a design saved without it loads as before', () => {
    const s = swiftlogix()
    expect('pricing' in s.config).toBe(false)
    expect(parseScenario(s).ok).toBe(true)
  })

  it('accepts overrides, an enterprise discount and a Spot discount', () => {
    expect(errorsOf({ overrides: [{ key: 'alb.hour', usd: 0.02, note: 'negotiated' }], discountPercent: 5, spotDiscountPercent: 60 })).toEqual([])
  })

  it('bounds the percentages to 0–100 and the prices to non-negative figures', () => {
    expect(errorsOf({ discountPercent: 101 }).map((e) => e.path)).toEqual(['config.pricing.discountPercent'])
    expect(errorsOf({ spotDiscountPercent: -1 }).map((e) => e.path)).toEqual(['config.pricing.spotDiscountPercent'])
    expect(errorsOf({ overrides: [{ key: 'alb.hour', usd: -0.01 }] }).map((e) => e.path)).toEqual(['config.pricing.overrides[0].usd'])
  })

  it('refuses a key that is not shaped like a catalog key, and a key given twice, with reasons', () => {
    const [shape] = errorsOf({ overrides: [{ key: 'ALB hour!', usd: 1 }] })
    expect(shape).toMatchObject({ path: 'config.pricing.overrides[0].key', reason: { code: 'model.price-key-shape', params: { example: 'alb.hour' } } })
    const [twice] = errorsOf({ overrides: [{ key: 'alb.hour', usd: 1 }, { key: 'alb.hour', usd: 2 }] })
    expect(twice).toMatchObject({ path: 'config.pricing.overrides[1].key', reason: { code: 'model.duplicate-price-override', params: { key: 'alb.hour' } }, message: 'the price of "alb.hour" is given twice' })
  })
})
