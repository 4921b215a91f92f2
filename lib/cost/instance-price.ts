import type { PurchaseOption, Region } from '../model'
import { lookupPrice, type Price } from '../pricing'
import { reservedKeyOf } from '../pricing/price-list/reserved-key'

type Commitment = { kind: 'reserved' | 'savings-plan'; years: 1 | 3; upfront: 'no' | 'partial' | 'all' }

/** 'reserved-3yr-partial-upfront' → a 3-year reservation paid partly upfront. */
function commitmentOf(purchase: Exclude<PurchaseOption, 'on-demand'>): Commitment {
  const match = /^(reserved|savings-plan)-([13])yr-(no|partial|all)-upfront$/.exec(purchase)!
  return { kind: match[1] as Commitment['kind'], years: Number(match[2]) as 1 | 3, upfront: match[3] as Commitment['upfront'] }
}

/** The price of an on-demand key under a purchase option: the effective hourly rate of the commitment. */
function priceUnder(region: Region, onDemandKey: string, purchase: PurchaseOption): Price {
  if (purchase === 'on-demand') return lookupPrice(region, onDemandKey)
  const { kind, years, upfront } = commitmentOf(purchase)
  const reservedKey = reservedKeyOf(onDemandKey, years, upfront)
  return lookupPrice(region, kind === 'reserved' ? reservedKey : reservedKey.replace(/^reserved\./, 'savings_plan.'))
}

/** EC2 Linux hourly price; a reserved purchase uses the effective hourly rate of that term. */
export function ec2HourlyPrice(region: Region, instanceType: string, purchase: PurchaseOption): Price {
  return priceUnder(region, `ec2.linux.${instanceType}.hour`, purchase)
}

/** RDS instance hourly price for the engine and deployment (Multi-AZ is its own price). */
export function rdsHourlyPrice(region: Region, engine: string, instanceClass: string, multiAz: boolean, purchase: PurchaseOption): Price {
  return priceUnder(region, `rds.${engine}.${instanceClass}.${multiAz ? 'multi_az' : 'single_az'}.hour`, purchase)
}

/** ElastiCache node hourly price. */
export function cacheHourlyPrice(region: Region, engine: string, nodeType: string, purchase: PurchaseOption): Price {
  return priceUnder(region, `elasticache.${engine}.${nodeType}.hour`, purchase)
}
