import type { ArchitectureConfig, PurchaseOption } from '../model'
import { reservedKeyOf } from '../pricing/price-list/reserved-key'
import { designPrice, type DesignPrice } from './design-price'

type Commitment = { kind: 'reserved' | 'savings-plan'; years: 1 | 3; upfront: 'no' | 'partial' | 'all' }

/** 'reserved-3yr-partial-upfront' → a 3-year reservation paid partly upfront. */
function commitmentOf(purchase: Exclude<PurchaseOption, 'on-demand'>): Commitment {
  const match = /^(reserved|savings-plan)-([13])yr-(no|partial|all)-upfront$/.exec(purchase)!
  return { kind: match[1] as Commitment['kind'], years: Number(match[2]) as 1 | 3, upfront: match[3] as Commitment['upfront'] }
}

/**
 * The catalog key of an on-demand key under a purchase option: itself, or the reservation's or
 * Savings Plan's key (reservedKeyOf), whose price is the commitment's effective hourly rate.
 */
export function purchaseKeyOf(onDemandKey: string, purchase: PurchaseOption): string {
  if (purchase === 'on-demand') return onDemandKey
  const { kind, years, upfront } = commitmentOf(purchase)
  const reservedKey = reservedKeyOf(onDemandKey, years, upfront)
  return kind === 'reserved' ? reservedKey : reservedKey.replace(/^reserved\./, 'savings_plan.')
}

/** EC2 Linux hourly price; a reserved purchase uses the effective hourly rate of that term. */
export function ec2HourlyPrice(config: ArchitectureConfig, instanceType: string, purchase: PurchaseOption): DesignPrice {
  return designPrice(config, purchaseKeyOf(`ec2.linux.${instanceType}.hour`, purchase))
}

/** RDS instance hourly price for the engine and deployment (Multi-AZ is its own price). */
export function rdsHourlyPrice(config: ArchitectureConfig, engine: string, instanceClass: string, multiAz: boolean, purchase: PurchaseOption): DesignPrice {
  return designPrice(config, purchaseKeyOf(`rds.${engine}.${instanceClass}.${multiAz ? 'multi_az' : 'single_az'}.hour`, purchase))
}

/** ElastiCache node hourly price. */
export function cacheHourlyPrice(config: ArchitectureConfig, engine: string, nodeType: string, purchase: PurchaseOption): DesignPrice {
  return designPrice(config, purchaseKeyOf(`elasticache.${engine}.${nodeType}.hour`, purchase))
}
