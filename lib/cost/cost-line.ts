import type { Price } from '../pricing'
import type { CostComponent, CostFormula, CostLabel, CostSource, FormulaNote, PriceTerm, PriceUnit, QuantityFactor } from './cost-reasons'
import type { KnownPrice, PriceAdjustment } from './design-price'

export const HOURS_PER_MONTH = 730

/** One priced item of the monthly bill: what it is, how much, at what price, from which source. */
export type CostLine = {
  id: string
  component: CostComponent
  label: CostLabel
  /** What is counted: 'hours', 'GB', 'GB-month', 'LCU-hours', … */
  unit: string
  quantity: number
  price: Price
  /** null when the price is unknown: never counted as 0. */
  monthlyUsd: number | null
  formula: CostFormula
  /** The price's source (title and date as published), or why it is unknown. */
  source: CostSource
}

type LineSpec = {
  id: string
  component: CostComponent
  label: CostLabel
  unit: string
  quantity: number
  price: Price
  /** How the design's pricing (an override, a discount) or a Spot discount made `price` from the catalog's. */
  adjustment?: PriceAdjustment
  /** The formula's quantity, without the price: tasks × vCPU × hours. */
  factors: QuantityFactor[]
  /** What the unit price is per. */
  per: PriceUnit
  /** What the formula says beside its terms: a free tier left out or an allowance taken off. */
  notes?: FormulaNote[]
  /** Why the price is unknown when ArchDeck, not the price catalog, lacks a fact (a class's vCPUs). */
  unknownBecause?: CostSource
}

/**
 * Multiplies quantity by the unit price and keeps the formula that shows it as terms.
 * Example: quantity 2190 (6 × 0.5 × 730), price $0.04048 → $88.65, worded
 * "6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65". A reservation whose upfront fee and
 * hourly rate are known is two terms: "1 × db.t3.small Multi-AZ × $700 upfront ÷ 12 months +
 * 1 × db.t3.small Multi-AZ × 730 h × $0.01/h"; a discount shows the list price "× (1 − 70 %)".
 */
export function priceLine(spec: LineSpec): CostLine {
  const { price } = spec
  const terms = termsOf(spec)
  const monthlyUsd = price.status === 'known' ? roundCents(terms.reduce((sum, t) => sum + (t.resultUsd ?? 0), 0)) : null
  return {
    id: spec.id,
    component: spec.component,
    label: spec.label,
    unit: spec.unit,
    quantity: spec.quantity,
    price,
    monthlyUsd,
    formula: { code: 'cost.formula.line', params: { terms, resultUsd: monthlyUsd, ...(spec.notes ? { notes: spec.notes } : {}) } },
    source: spec.unknownBecause ?? sourceOf(price, spec.adjustment),
  }
}

/** The price before a discount: the list price the user's discount or Spot's is taken off. */
function listPriceOf(price: KnownPrice, adjustment: PriceAdjustment | undefined): KnownPrice {
  if (adjustment?.kind === 'discount') return adjustment.list
  if (adjustment?.kind === 'spot') return adjustment.onDemand
  return price
}

/** A reservation's or Savings Plan's key: its price is a commitment's effective hourly rate. */
function isCommitmentKey(key: string): boolean {
  return key.startsWith('reserved.') || key.startsWith('savings_plan.')
}

function termsOf(spec: LineSpec): PriceTerm[] {
  const { price, adjustment, factors, per } = spec
  if (price.status !== 'known') return [{ quantity: factors, priceId: price.key, unitPrice: null, resultUsd: null }]
  const list = listPriceOf(price, adjustment)
  const percent = adjustment?.kind === 'discount' || adjustment?.kind === 'spot' ? adjustment.percent : 0
  const discount = percent > 0 ? { discountPercent: percent } : {}
  const keep = 1 - percent / 100
  const reservation = list.purchase
  if (reservation && per === 'hour') {
    // AWS bills a reservation's upfront fee once and its hourly rate every hour (EC2 User Guide,
    // "Reserved Instances payment options"); a month carries 1/(12 × years) of the fee.
    const months = 12 * reservation.years
    const instances = spec.quantity / HOURS_PER_MONTH
    const terms: PriceTerm[] = []
    if (reservation.upfrontUsd > 0)
      terms.push({
        quantity: factors.filter((f) => f.code !== 'cost.qty.hours'),
        priceId: list.key,
        unitPrice: { usd: reservation.upfrontUsd, per: 'upfront' },
        ...discount,
        amortisedOverMonths: months,
        resultUsd: roundCents((instances * reservation.upfrontUsd * keep) / months),
      })
    if (reservation.usdPerHour > 0 || reservation.upfrontUsd === 0)
      terms.push({ quantity: factors, priceId: list.key, unitPrice: { usd: reservation.usdPerHour, per: 'hour' }, ...discount, resultUsd: roundCents(spec.quantity * reservation.usdPerHour * keep) })
    return terms
  }
  const effective = isCommitmentKey(list.key) ? { effectiveRate: true as const } : {}
  return [{ quantity: factors, priceId: list.key, unitPrice: { usd: list.usd, per }, ...discount, ...effective, resultUsd: roundCents(spec.quantity * price.usd) }]
}

function sourceOf(price: Price, adjustment?: PriceAdjustment): CostSource {
  if (price.status === 'unknown')
    return price.listed ? { code: 'cost.source.unknown', params: { priceId: price.key, note: price.note } } : { code: 'cost.source.not-in-catalog', params: { priceId: price.key } }
  if (adjustment?.kind === 'discount') return { code: 'cost.source.assumed-discount', params: { percent: adjustment.percent, list: sourceOf(adjustment.list) } }
  if (adjustment?.kind === 'spot') {
    const onDemand = sourceOf(adjustment.onDemand)
    if (price.basis === 'seed-stated') return { code: 'cost.source.seed-stated-spot', params: { percent: adjustment.percent, title: price.source.title, asOf: price.source.asOf, onDemand } }
    return { code: 'cost.source.assumed-spot', params: { percent: adjustment.percent, onDemand } }
  }
  if (price.basis === 'assumed') return { code: 'cost.source.assumed-override', params: { note: price.note } }
  const { title, asOf } = price.source
  return { code: `cost.source.${price.basis}`, params: { title, asOf } }
}

export function roundCents(value: number): number {
  return Math.round(value * 100) / 100
}
