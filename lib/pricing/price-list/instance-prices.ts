import { roundPrice } from '../round-price'
import type { OfferPrice } from './offer-price'

/** How a reservation is paid, in ArchDeck's words for AWS's PurchaseOption. */
export type Upfront = 'no' | 'partial' | 'all'
const UPFRONT: Record<string, Upfront> = { 'No Upfront': 'no', 'Partial Upfront': 'partial', 'All Upfront': 'all' }

/** An instance-hour price of one class, read from an offer file, under ArchDeck's catalog key. */
export type OnDemandInstancePrice = { key: string; usdPerHour: number; effectiveDate: string; sku: string }

/**
 * A standard reservation of one class: the fee paid at purchase and the hourly rate for the term.
 * AWS's "effective hourly rate" spreads the fee over the term's hours (365 × 24 × years).
 */
export type ReservedInstancePrice = {
  key: string
  years: 1 | 3
  upfront: Upfront
  upfrontUsd: number
  usdPerHour: number
  effectiveUsdPerHour: number
  effectiveDate: string
  sku: string
}

/** Two different prices that would land under one key: a filter too loose for this file, reported rather than guessed. */
export type KeyConflict = { key: string; skus: string[]; usd: number[] }

export type InstancePrices = { onDemand: OnDemandInstancePrice[]; reserved: ReservedInstancePrice[]; conflicts: KeyConflict[] }

/**
 * The catalog key of a product, or null when ArchDeck does not price it. The filters are the
 * attributes AWS's own pricing pages select on: EC2 Linux, shared tenancy, no pre-installed
 * software, capacity "Used" (not reservations' placeholders); RDS MySQL/PostgreSQL by deployment;
 * ElastiCache by engine. Keys match data/prices (ec2.linux.t3.medium.hour, …).
 */
export function catalogKeyOf(a: Readonly<Record<string, string>>): string | null {
  const family = a.productfamily
  const type = a.instancetype
  if (!type) return null
  if (family === 'Compute Instance') {
    const plainLinux = a.operatingsystem === 'Linux' && a.tenancy === 'Shared' && a.preinstalledsw === 'NA' && (a.capacitystatus ?? 'Used') === 'Used'
    return plainLinux ? `ec2.linux.${type}.hour` : null
  }
  if (family === 'Database Instance') {
    const engine = { MySQL: 'mysql', PostgreSQL: 'postgresql' }[a.databaseengine ?? '']
    const deployment = { 'Single-AZ': 'single_az', 'Multi-AZ': 'multi_az' }[a.deploymentoption ?? '']
    return engine && deployment ? `rds.${engine}.${type}.${deployment}.hour` : null
  }
  if (family === 'Cache Instance') {
    const engine = { Redis: 'redis', Valkey: 'valkey', Memcached: 'memcached' }[a.cacheengine ?? '']
    return engine ? `elasticache.${engine}.${type}.hour` : null
  }
  return null
}

const HOURS_PER_YEAR = 365 * 24

/**
 * The instance prices an offer file holds for the classes ArchDeck prices: on-demand hours and
 * standard reservations (1 or 3 years; no, partial or all upfront). Convertible reservations are
 * left out: ArchDeck plans with standard ones.
 */
export function selectInstancePrices(prices: readonly OfferPrice[]): InstancePrices {
  const onDemand = new Map<string, OnDemandInstancePrice[]>()
  const reservedParts = new Map<string, { sku: string; key: string; years: 1 | 3; upfront: Upfront; effectiveDate: string; fee: number; hourly: number }>()
  for (const price of prices) {
    const key = catalogKeyOf(price.attributes)
    if (!key) continue
    if (price.termType === 'OnDemand') {
      if (price.unit !== 'Hrs' || price.beginRange !== 0) continue
      const list = onDemand.get(key) ?? []
      list.push({ key, usdPerHour: price.usd, effectiveDate: price.effectiveDate, sku: price.sku })
      onDemand.set(key, list)
      continue
    }
    const terms = price.reserved
    const years = terms?.leaseContractLength === '1yr' ? 1 : terms?.leaseContractLength === '3yr' ? 3 : null
    const upfront = UPFRONT[terms?.purchaseOption ?? '']
    if (!terms || !years || !upfront || (terms.offeringClass && terms.offeringClass !== 'standard')) continue
    const termId = `${price.sku}|${price.offerTermCode}`
    const part = reservedParts.get(termId) ?? { sku: price.sku, key, years, upfront, effectiveDate: price.effectiveDate, fee: 0, hourly: 0 }
    if (price.unit === 'Quantity') part.fee += price.usd
    else if (price.unit === 'Hrs') part.hourly += price.usd
    reservedParts.set(termId, part)
  }
  const conflicts: KeyConflict[] = []
  const onDemandOut: OnDemandInstancePrice[] = []
  for (const [key, list] of onDemand) {
    const distinct = [...new Set(list.map((p) => p.usdPerHour))]
    if (distinct.length > 1) conflicts.push({ key, skus: list.map((p) => p.sku), usd: distinct })
    else onDemandOut.push(list[0]!)
  }
  const reserved = [...reservedParts.values()].map((p) => ({
    key: p.key,
    years: p.years,
    upfront: p.upfront,
    upfrontUsd: p.fee,
    usdPerHour: p.hourly,
    effectiveUsdPerHour: roundPrice(p.hourly + p.fee / (HOURS_PER_YEAR * p.years), 6),
    effectiveDate: p.effectiveDate,
    sku: p.sku,
  }))
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)
  return { onDemand: onDemandOut.sort(byKey), reserved: reserved.sort((a, b) => byKey(a, b) || a.years - b.years || a.upfront.localeCompare(b.upfront)), conflicts }
}
