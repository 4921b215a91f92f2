import type { Price } from '../pricing'
import type { CostComponent, CostFormula, CostLabel, CostSource, PriceUnit, QuantityFactor } from './cost-reasons'

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
  /** The formula's quantity, without the price: tasks × vCPU × hours. */
  factors: QuantityFactor[]
  /** What the unit price is per. */
  per: PriceUnit
  /** Why the price is unknown when ArchDeck, not the price catalog, lacks a fact (a class's vCPUs). */
  unknownBecause?: CostSource
}

/**
 * Multiplies quantity by the unit price and keeps the formula that shows it as terms.
 * Example: quantity 2190 (6 × 0.5 × 730), price $0.04048 → $88.65, worded
 * "6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65".
 */
export function priceLine(spec: LineSpec): CostLine {
  const { price } = spec
  const monthlyUsd = price.status === 'known' ? roundCents(spec.quantity * price.usd) : null
  const unitPrice = price.status === 'known' ? { usd: price.usd, per: spec.per } : null
  return {
    id: spec.id,
    component: spec.component,
    label: spec.label,
    unit: spec.unit,
    quantity: spec.quantity,
    price,
    monthlyUsd,
    formula: { code: 'cost.formula.line', params: { terms: [{ quantity: spec.factors, priceId: price.key, unitPrice, resultUsd: monthlyUsd }], resultUsd: monthlyUsd } },
    source: spec.unknownBecause ?? sourceOf(price),
  }
}

function sourceOf(price: Price): CostSource {
  if (price.status === 'unknown')
    return price.listed ? { code: 'cost.source.unknown', params: { priceId: price.key, note: price.note } } : { code: 'cost.source.not-in-catalog', params: { priceId: price.key } }
  const { title, asOf } = price.source
  return { code: `cost.source.${price.basis}`, params: { title, asOf } }
}

export function roundCents(value: number): number {
  return Math.round(value * 100) / 100
}

