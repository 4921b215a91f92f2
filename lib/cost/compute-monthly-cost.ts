import type { ArchitectureConfig, Requirements, Service } from '../model'
import { PRICE_CATALOG_COMPILED } from '../pricing'
import { fmt, usd } from '../explain/figure'
import { roundCents, type CostLine } from './cost-line'
import { priceCompute, hourlyUsdPerUnit } from './compute-lines'
import { priceRds } from './rds'
import { priceNat, pricePublicIpv4, priceVpcEndpoints } from './networking'
import { priceLoadBalancers } from './load-balancers'
import { priceBastion, priceCache } from './admin-and-cache'
import { priceDataTransfer, priceRoute53, priceWaf } from './edge-and-transfer'
import { priceCloudWatch } from './cloudwatch'

type CostBand = {
  /** Every service at its minimum count all month. */
  minUsd: number
  /** The configured (desired) counts all month: the headline figure. */
  typicalUsd: number
  /** Typical plus the extra tasks the peak event needs, for the event's hours. */
  peakUsd: number
  formula: string
}

type BudgetCheck = {
  budgetUsd: number
  budgetKrw: number
  withinBudget: boolean
  /** Positive when over budget, negative when under. */
  overByUsd: number
  overByKrw: number
  formula: string
}

export type CostReport = {
  lines: CostLine[]
  /** Sum of the lines with a known price; a lower bound when `complete` is false. */
  monthlyUsd: number
  monthlyKrw: number
  krwPerUsd: number
  complete: boolean
  unknownLines: string[]
  formula: string
  band: CostBand
  budget: BudgetCheck
  priceCatalogCompiled: string
}

type CostOptions = {
  /** Tasks/instances each service runs during the peak event (from the capacity engine). */
  peakCount?: (service: Service) => number
}

function priceFixedLines(config: ArchitectureConfig, requirements: Requirements): CostLine[] {
  return [
    ...priceRds(config),
    ...priceCache(config),
    ...priceNat(config, requirements),
    ...priceVpcEndpoints(config),
    ...pricePublicIpv4(config),
    ...priceLoadBalancers(config, requirements),
    ...priceBastion(config),
    ...priceWaf(config, requirements),
    ...priceRoute53(config),
    ...priceDataTransfer(config, requirements),
    ...priceCloudWatch(config),
  ]
}

function sumKnown(lines: CostLine[]): number {
  return roundCents(lines.reduce((sum, line) => sum + (line.monthlyUsd ?? 0), 0))
}

/**
 * The monthly bill of a configuration, line by line, with its band and budget check.
 * Seed 000 (swiftlogix): $108.12 Fargate + $33.69 RDS + $36.76 NAT + $18.07 ALB + $4.23 bastion = $200.87.
 */
export function computeMonthlyCost(config: ArchitectureConfig, requirements: Requirements, options: CostOptions = {}): CostReport {
  const fixed = priceFixedLines(config, requirements)
  const lines = [...priceCompute(config, (s) => s.count.desired), ...fixed]
  const monthlyUsd = sumKnown(lines)
  const krwPerUsd = requirements.budget.krwPerUsd
  const unknownLines = lines.filter((l) => l.monthlyUsd === null).map((l) => l.id)
  const complete = unknownLines.length === 0
  const band = computeBand(config, requirements, fixed, monthlyUsd, options.peakCount)
  return {
    lines,
    monthlyUsd,
    monthlyKrw: Math.round(monthlyUsd * krwPerUsd),
    krwPerUsd,
    complete,
    unknownLines,
    formula: `${lines.filter((l) => l.monthlyUsd !== null).map((l) => fmt(l.monthlyUsd!)).join(' + ')} = ${usd(monthlyUsd)}${complete ? '' : ` + ${unknownLines.length} unknown line(s)`}`,
    band,
    budget: checkBudget(requirements, monthlyUsd, complete),
    priceCatalogCompiled: PRICE_CATALOG_COMPILED,
  }
}

function computeBand(
  config: ArchitectureConfig,
  requirements: Requirements,
  fixed: CostLine[],
  typicalUsd: number,
  peakCount: CostOptions['peakCount'],
): CostBand {
  const minUsd = sumKnown([...priceCompute(config, (s) => s.count.min), ...fixed])
  const { peak } = requirements.traffic
  let extraUsd = 0
  const parts: string[] = []
  for (const service of config.services) {
    const extraUnits = Math.max(0, (peakCount?.(service) ?? service.count.desired) - service.count.desired)
    const hourly = hourlyUsdPerUnit(config, service)
    if (extraUnits === 0 || hourly === null) continue
    extraUsd += extraUnits * hourly * peak.durationHours
    parts.push(`${extraUnits} × ${service.id} × $${fmt(hourly, 4)}/h`)
  }
  const peakUsd = roundCents(typicalUsd + extraUsd)
  const extraText = parts.length === 0 ? 'no extra tasks' : `(${parts.join(' + ')}) × ${fmt(peak.durationHours)} h = ${usd(extraUsd)}`
  return {
    minUsd,
    typicalUsd,
    peakUsd,
    formula: `min ${usd(minUsd)} (minimum counts); typical ${usd(typicalUsd)}; peak = typical + ${peak.name}: ${extraText} = ${usd(peakUsd)}`,
  }
}

function checkBudget(requirements: Requirements, monthlyUsd: number, complete: boolean): BudgetCheck {
  const { monthly, currency, krwPerUsd } = requirements.budget
  const budgetUsd = currency === 'USD' ? monthly : monthly / krwPerUsd
  const budgetKrw = currency === 'KRW' ? monthly : monthly * krwPerUsd
  const overByUsd = roundCents(monthlyUsd - budgetUsd)
  const overByKrw = Math.round(monthlyUsd * krwPerUsd - budgetKrw)
  const within = overByUsd <= 0
  const verdict = within ? `${complete ? 'within' : 'within so far (some prices unknown)'}` : 'over'
  return {
    budgetUsd: roundCents(budgetUsd),
    budgetKrw: Math.round(budgetKrw),
    withinBudget: within,
    overByUsd,
    overByKrw,
    formula: `${usd(monthlyUsd)} × ${krwPerUsd} KRW/USD = ${Math.round(monthlyUsd * krwPerUsd).toLocaleString('en-US')} KRW vs budget ${Math.round(budgetKrw).toLocaleString('en-US')} KRW → ${verdict} by ${Math.abs(overByKrw).toLocaleString('en-US')} KRW`,
  }
}
