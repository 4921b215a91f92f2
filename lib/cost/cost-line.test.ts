import { describe, expect, it } from 'vitest'
import type { Price } from '../pricing'
import { costLineWords } from '../i18n/catalog/say-cost'
import { HOURS_PER_MONTH, priceLine } from './cost-line'
import { discounted } from './design-price'
import { count, hours } from './factors'
import type { QuantityFactor } from './cost-reasons'

const SOURCE = { title: 'AWS Price List API, AmazonRDS offer', location: 'test', asOf: '2026-11-01', trust: null }
const DB: QuantityFactor = { code: 'cost.qty.db-instance', params: { instanceClass: 'db.t3.small', multiAz: true } }
const KEY = 'reserved.rds.postgresql.db.t3.small.multi_az.1yr_partial_upfront.effective_hour'

function reserved(upfront: 'no' | 'partial' | 'all', upfrontUsd: number, usdPerHour: number, years: 1 | 3 = 1): Price {
  const usd = upfrontUsd / (8760 * years) + usdPerHour
  return { status: 'known', key: KEY, usd, unit: 'Hrs', basis: 'published', source: SOURCE, purchase: { years, upfront, upfrontUsd, usdPerHour }, explanation: null, note: null }
}

function line(price: Price, instances = 1, adjustment?: Parameters<typeof priceLine>[0]['adjustment']) {
  return priceLine({
    id: 'rds-instance',
    component: 'database',
    label: { code: 'cost.label.rds-instance', params: { engine: 'postgresql', instanceClass: 'db.t3.small', multiAz: true, purchase: 'reserved-1yr-partial-upfront' } },
    unit: 'instance-hours',
    quantity: instances * HOURS_PER_MONTH,
    price,
    adjustment,
    factors: [count(instances), DB, hours()],
    per: 'hour',
  })
}

// EC2 User Guide, "Reserved Instances: payment options", and RDS User Guide, "Reserved DB instances
// for Amazon RDS": All Upfront pays the whole term at the start and nothing by the hour; Partial
// Upfront pays part at the start and a discounted rate for every hour of the term; No Upfront pays
// only the discounted hourly rate. A month carries 1/(12 × years) of the upfront fee.
describe('a reservation on the bill', () => {
  it('spreads a partial upfront fee over the 12 months of a 1-year term and adds the hourly part', () => {
    const l = line(reserved('partial', 360, 0.02), 2)
    // 2 × 360 / 12 = 60.00; 2 × 730 × 0.02 = 29.20
    expect(l.formula.params.terms.map((t) => t.resultUsd)).toEqual([60, 29.2])
    expect(l.monthlyUsd).toBe(89.2)
    expect(costLineWords(l, 'en').formula).toBe('2 × db.t3.small Multi-AZ × $360 upfront ÷ 12 months + 2 × db.t3.small Multi-AZ × 730 h × $0.02/h = $89.20')
    expect(costLineWords(l, 'ko').formula).toBe('2 × db.t3.small Multi-AZ × $360 선결제 ÷ 12개월 + 2 × db.t3.small Multi-AZ × 730 h × $0.02/h = $89.20')
  })

  it("takes the design's enterprise discount off both parts", () => {
    const list = reserved('partial', 360, 0.02) as Extract<Price, { status: 'known' }>
    const l = line(discounted(list, 10, 'assumed', list.source, null), 2, { kind: 'discount', percent: 10, list })
    // 60.00 × 0.9 = 54.00; 29.20 × 0.9 = 26.28
    expect(l.monthlyUsd).toBe(80.28)
    expect(costLineWords(l, 'en').formula).toBe(
      '2 × db.t3.small Multi-AZ × $360 upfront × (1 − 10 %) ÷ 12 months + 2 × db.t3.small Multi-AZ × 730 h × $0.02/h × (1 − 10 %) = $80.28',
    )
  })

  it('shows only the spread fee for all upfront, over 36 months for a 3-year term', () => {
    const l = line(reserved('all', 1800, 0, 3))
    expect(l.formula.params.terms).toHaveLength(1)
    expect(l.monthlyUsd).toBe(50)
    expect(costLineWords(l, 'en').formula).toBe('1 × db.t3.small Multi-AZ × $1800 upfront ÷ 36 months = $50.00')
  })

  it('shows only the hourly rate for no upfront', () => {
    const l = line(reserved('no', 0, 0.1))
    expect(costLineWords(l, 'en').formula).toBe('1 × db.t3.small Multi-AZ × 730 h × $0.1/h = $73.00')
  })

  it('says so when only the effective rate is known, as for a seed-stated monthly figure', () => {
    const { purchase, ...effective } = reserved('partial', 360, 0.02) as Extract<Price, { status: 'known' }>
    expect(purchase).toBeDefined()
    const l = line({ ...effective, usd: 0.081233, basis: 'seed-stated' })
    expect(l.formula.params.terms[0]!.effectiveRate).toBe(true)
    expect(costLineWords(l, 'en').formula).toBe('1 × db.t3.small Multi-AZ × 730 h × $0.081233/h (effective rate: its upfront and hourly parts are not known) = $59.30')
  })

  it('keeps an on-demand price a single term, without a word about reservations', () => {
    const l = line({ status: 'known', key: 'rds.postgresql.db.t3.small.multi_az.hour', usd: 0.112, unit: 'Hrs', basis: 'derived', source: SOURCE, explanation: null, note: null })
    expect(l.formula.params.terms).toEqual([{ quantity: [count(1), DB, hours()], priceId: 'rds.postgresql.db.t3.small.multi_az.hour', unitPrice: { usd: 0.112, per: 'hour' }, resultUsd: 81.76 }])
  })
})
