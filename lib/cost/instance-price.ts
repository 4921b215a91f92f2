import type { PurchaseOption, Region } from '../model'
import { lookupPrice, type Price } from '../pricing'

const RESERVED_TERM: Record<Exclude<PurchaseOption, 'on-demand'>, string> = {
  'reserved-1yr-all-upfront': '1yr_all_upfront',
  'reserved-1yr-no-upfront': '1yr_no_upfront',
}

/** EC2 Linux hourly price; a reserved purchase uses the effective hourly rate of that term. */
export function ec2HourlyPrice(region: Region, instanceType: string, purchase: PurchaseOption): Price {
  if (purchase === 'on-demand') return lookupPrice(region, `ec2.linux.${instanceType}.hour`)
  return lookupPrice(region, `reserved.ec2.${instanceType}.linux.${RESERVED_TERM[purchase]}.effective_hour`)
}

/** RDS instance hourly price for the engine and deployment (Multi-AZ is its own price). */
export function rdsHourlyPrice(region: Region, engine: string, instanceClass: string, multiAz: boolean, purchase: PurchaseOption): Price {
  if (purchase === 'on-demand')
    return lookupPrice(region, `rds.${engine}.${instanceClass}.${multiAz ? 'multi_az' : 'single_az'}.hour`)
  const cls = instanceClass
  return lookupPrice(region, `reserved.rds.${cls}${multiAz ? '.multi_az' : ''}.${RESERVED_TERM[purchase]}.effective_hour`)
}

/** ElastiCache node hourly price. */
export function cacheHourlyPrice(region: Region, engine: string, nodeType: string, purchase: PurchaseOption): Price {
  if (purchase === 'on-demand') return lookupPrice(region, `elasticache.${engine}.${nodeType}.hour`)
  return lookupPrice(region, `reserved.elasticache.${engine}.${nodeType}.${RESERVED_TERM[purchase]}.effective_hour`)
}
