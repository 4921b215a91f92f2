import type { ArchitectureConfig, Requirements, Service } from '../model'
import { PRICE_CATALOG_COMPILED } from '../pricing'
import { roundCents, type CostLine } from './cost-line'
import type { BudgetFormula, CostBandFormula, CostTotal, PeakExtra } from './cost-reasons'
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
  formula: CostBandFormula
}

type BudgetCheck = {
  budgetUsd: number
  budgetKrw: number
  withinBudget: boolean
  /** Positive when over budget, negative when under. */
  overByUsd: number
  overByKrw: number
  formula: BudgetFormula
}

export type CostReport = {
  lines: CostLine[]
  /** Sum of the lines with a known price; a lower bound when `complete` is false. */
  monthlyUsd: number
  monthlyKrw: number
  krwPerUsd: number
  complete: boolean
  /** Ids of the lines whose price is unknown. */
  unknownLines: string[]
  formula: CostTotal
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
    formula: { code: 'cost.total', params: { knownUsd: lines.flatMap((l) => (l.monthlyUsd === null ? [] : [l.monthlyUsd])), totalUsd: monthlyUsd, unknownLines: unknownLines.length } },
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
  const extras: PeakExtra[] = []
  for (const service of config.services) {
    const extraUnits = Math.max(0, (peakCount?.(service) ?? service.count.desired) - service.count.desired)
    const hourly = hourlyUsdPerUnit(config, service)
    if (extraUnits === 0 || hourly === null) continue
    extraUsd += extraUnits * hourly * peak.durationHours
    extras.push({ units: extraUnits, serviceId: service.id, hourlyUsd: hourly })
  }
  const peakUsd = roundCents(typicalUsd + extraUsd)
  return {
    minUsd,
    typicalUsd,
    peakUsd,
    formula: { code: 'cost.band', params: { minUsd, typicalUsd, peakUsd, peakName: peak.name, extras, peakHours: peak.durationHours, extraUsd } },
  }
}

function checkBudget(requirements: Requirements, monthlyUsd: number, complete: boolean): BudgetCheck {
  const { monthly, currency, krwPerUsd } = requirements.budget
  const budgetUsd = currency === 'USD' ? monthly : monthly / krwPerUsd
  const budgetKrw = currency === 'KRW' ? monthly : monthly * krwPerUsd
  const overByUsd = roundCents(monthlyUsd - budgetUsd)
  const overByKrw = Math.round(monthlyUsd * krwPerUsd - budgetKrw)
  const within = overByUsd <= 0
  const monthlyKrw = Math.round(monthlyUsd * krwPerUsd)
  return {
    budgetUsd: roundCents(budgetUsd),
    budgetKrw: Math.round(budgetKrw),
    withinBudget: within,
    overByUsd,
    overByKrw,
    formula: {
      code: 'cost.budget',
      params: { monthlyUsd, krwPerUsd, monthlyKrw, budgetKrw: Math.round(budgetKrw), verdict: within ? (complete ? 'within' : 'within-so-far') : 'over', overByKrw },
    },
  }
}
