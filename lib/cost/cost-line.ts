import { fmt, usd } from '../explain/figure'
import type { Price } from '../pricing'

export const HOURS_PER_MONTH = 730

export type CostComponent =
  | 'compute'
  | 'database'
  | 'cache'
  | 'network'
  | 'load-balancer'
  | 'admin-access'
  | 'edge'
  | 'monitoring'
  | 'data-transfer'

/** One priced item of the monthly bill, in the words AWS uses on the bill. */
export type CostLine = {
  id: string
  component: CostComponent
  label: string
  /** What is counted: 'hours', 'GB', 'GB-month', 'LCU-hours', … */
  unit: string
  quantity: number
  price: Price
  /** null when the price is unknown: never counted as 0. */
  monthlyUsd: number | null
  formula: string
  /** "title (as of)" of the price's source, or why it is unknown. */
  source: string
}

type LineSpec = {
  id: string
  component: CostComponent
  label: string
  unit: string
  quantity: number
  price: Price
  /** The left-hand side of the formula, without the price: "6 tasks × 0.5 vCPU × 730 h". */
  quantityText: string
  /** Where the price goes in the formula; defaults to right after the quantity text. */
  priceSuffix?: string
}

/**
 * Multiplies quantity by the unit price and writes the formula that shows it.
 * Example: quantity 2190 (6 × 0.5 × 730), price $0.04048 → "6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65".
 */
export function priceLine(spec: LineSpec): CostLine {
  const { price } = spec
  const suffix = spec.priceSuffix ?? ''
  if (price.status === 'unknown') {
    return {
      id: spec.id,
      component: spec.component,
      label: spec.label,
      unit: spec.unit,
      quantity: spec.quantity,
      price,
      monthlyUsd: null,
      formula: `${spec.quantityText} × unknown price = unknown`,
      source: `price unknown (${price.key}${price.note ? `: ${price.note}` : ''})`,
    }
  }
  const monthlyUsd = roundCents(spec.quantity * price.usd)
  return {
    id: spec.id,
    component: spec.component,
    label: spec.label,
    unit: spec.unit,
    quantity: spec.quantity,
    price,
    monthlyUsd,
    formula: `${spec.quantityText} × $${fmt(price.usd, 6)}${suffix} = ${usd(monthlyUsd)}`,
    source: describeSource(price),
  }
}

function describeSource(price: Extract<Price, { status: 'known' }>): string {
  const basis = price.basis === 'published' ? '' : price.basis === 'derived' ? 'derived: ' : 'stated by the seed, unverified: '
  return `${basis}${price.source.title} (${price.source.asOf})`
}

export function roundCents(value: number): number {
  return Math.round(value * 100) / 100
}
