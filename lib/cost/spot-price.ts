import seedStatedJson from '../../data/prices/seed-stated.json' with { type: 'json' }
import type { ArchitectureConfig, Region } from '../model'
import { lookupPrice } from '../pricing'
import { designPrice, discounted, type DesignPrice } from './design-price'

type StatedDiscount = { region: string; key: string; against: string; discountPercent: number; seed: string; quote: string; asOf: string }

const STATED_DISCOUNTS: readonly StatedDiscount[] = seedStatedJson.discounts

function statedSpotDiscount(region: Region, spotKey: string): StatedDiscount | undefined {
  return STATED_DISCOUNTS.find((d) => d.region === region && d.key === spotKey)
}

/**
 * The hourly price of a Spot instance: the design's override or a catalog Spot price if either
 * exists, else on-demand × (1 − discount), the discount being the design's `spotDiscountPercent`
 * (your assumption) or a seed's statement for that region and type (stated by the seed); else
 * unknown. Spot is "up to 90 % off" on-demand and floats (AWS, Amazon EC2 Spot Instances
 * pricing), so a fixed discount is always an assumption. The discount is off the on-demand list
 * price; the design's enterprise discount is not stacked on it.
 * Example: mau-1m in Seoul, t4g.medium $0.0416/h, seed 003's 70 % → $0.01248/h, seed-stated.
 */
export function spotHourlyPrice(config: ArchitectureConfig, instanceType: string): DesignPrice {
  const spotKey = `ec2.linux.${instanceType}.spot.hour`
  const own = designPrice(config, spotKey)
  if (own.price.status === 'known') return own
  const onDemand = lookupPrice(config.region, `ec2.linux.${instanceType}.hour`)
  if (onDemand.status !== 'known') return own
  const assumed = config.pricing?.spotDiscountPercent
  if (assumed !== undefined)
    return { price: discounted(onDemand, assumed, 'assumed', onDemand.source, null, spotKey), adjustment: { kind: 'spot', percent: assumed, onDemand } }
  const stated = statedSpotDiscount(config.region, spotKey)
  if (!stated || stated.against !== onDemand.key) return own
  const source = { title: stated.seed, location: stated.seed, asOf: stated.asOf, trust: 'unverified' }
  const explanation = `stated by the seed, not confirmed by any price source: "${stated.quote}"`
  return { price: discounted(onDemand, stated.discountPercent, 'seed-stated', source, explanation, spotKey), adjustment: { kind: 'spot', percent: stated.discountPercent, onDemand } }
}
