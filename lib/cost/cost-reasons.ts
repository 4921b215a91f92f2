import type { Reason } from '../explain/reason'
import type { PurchaseOption } from '../model'
import type { PriceBasis as KnownPriceBasis } from '../pricing'

/**
 * What the cost engine says instead of prose: bill labels, formula terms, price sources, the total,
 * the band and the budget check, each a code of the `cost` namespace with its facts. Numbers are
 * raw (the catalog rounds them as notation); ids, AWS names and user-typed names are strings.
 * lib/i18n/catalog/<language>/cost.ts words every code.
 */
type Cost<Code extends string, Params extends object = Record<string, never>> = Reason<`cost.${Code}`, Params>

/** A bill component, as the views group lines. */
export type CostComponent = 'compute' | 'database' | 'cache' | 'network' | 'load-balancer' | 'admin-access' | 'edge' | 'monitoring' | 'data-transfer'

/** Where a unit price comes from (lib/pricing, or the design's own `pricing`), as the finance view and the price list name it. */
export type PriceBasis = KnownPriceBasis | 'unknown'

/** What a bill line is, in the words AWS prints on the bill. */
export type CostLabel =
  | Cost<'label.fargate-vcpu', { services: string[] }>
  | Cost<'label.fargate-memory', { services: string[] }>
  | Cost<'label.fargate-storage', { services: string[]; includedGb: number }>
  | Cost<'label.ec2', { instanceType: string; purchase: PurchaseOption; service: string }>
  | Cost<'label.ec2-spot', { instanceType: string; service: string }>
  | Cost<'label.rds-instance', { engine: string; instanceClass: string; multiAz: boolean; purchase: PurchaseOption }>
  | Cost<'label.rds-storage', { storageType: string; multiAz: boolean }>
  | Cost<'label.rds-read-replicas', { instanceClass: string }>
  | Cost<'label.rds-replica-storage', { storageType: string }>
  | Cost<'label.database-insights'>
  | Cost<'label.cache', { engine: string; nodeType: string; purchase: PurchaseOption }>
  | Cost<'label.bastion', { instanceType: string; purchase: PurchaseOption }>
  | Cost<'label.nat-instance', { instanceType: string }>
  | Cost<'label.nat-gateway'>
  | Cost<'label.nat-gateway-data'>
  | Cost<'label.vpc-endpoints', { endpoints: string[] }>
  | Cost<'label.public-ipv4'>
  | Cost<'label.alb', { name: string }>
  | Cost<'label.alb-lcu', { name: string }>
  | Cost<'label.cloudwatch-logs'>
  | Cost<'label.cloudwatch-alarms'>
  | Cost<'label.cloudwatch-dashboards'>
  | Cost<'label.cloudfront-data-out'>
  | Cost<'label.cloudfront-requests'>
  | Cost<'label.data-transfer-out'>
  | Cost<'label.waf-acl'>
  | Cost<'label.waf-rules'>
  | Cost<'label.waf-requests'>
  | Cost<'label.route53-zones'>
  | Cost<'label.route53-queries'>

/**
 * One factor of a formula's quantity, multiplied left to right: "6 tasks × 0.5 vCPU × 730 h" is
 * tasks, vcpu, hours. A factor carries its number and what it counts.
 */
export type QuantityFactor =
  | Cost<'qty.count', { count: number }>
  | Cost<'qty.tasks', { tasks: number }>
  | Cost<'qty.vcpu', { vcpu: number | null }>
  | Cost<'qty.gb', { gb: number }>
  | Cost<'qty.hours', { hours: number }>
  | Cost<'qty.instance-type', { instanceType: string; spot: boolean }>
  | Cost<'qty.db-instance', { instanceClass: string; multiAz: boolean }>
  | Cost<'qty.nodes', { nodes: number }>
  | Cost<'qty.replicas', { replicas: number }>
  | Cost<'qty.instances', { instances: number }>
  | Cost<'qty.nat-gateways', { gateways: number }>
  | Cost<'qty.albs', { albs: number }>
  | Cost<'qty.endpoints', { endpoints: number }>
  | Cost<'qty.azs', { azs: number }>
  | Cost<'qty.addresses', { addresses: number; alb: number; nat: number; bastion: number }>
  | Cost<'qty.alarms', { alarms: number }>
  | Cost<'qty.dashboards', { dashboards: number }>
  | Cost<'qty.web-acls', { acls: number }>
  | Cost<'qty.rules', { rules: number }>
  | Cost<'qty.zones', { zones: number }>
  | Cost<'qty.million-requests', { millions: number }>
  | Cost<'qty.million-queries', { millions: number }>
  | Cost<'qty.billable-gb', { gb: number; freeGb: number }>
  | Cost<'qty.billable-requests-10k', { requests: number; freeRequests: number }>
  | Cost<'qty.nat-outbound-gb', { gb: number | null }>
  | Cost<'qty.lcu-hours', { lcuHours: number; averageLcu: number }>

/**
 * What a unit price is per, as the formula writes it after the dollar figure ("$0.045/h").
 * 'upfront' is a reservation's one-time fee, spread over the months of its term.
 */
export type PriceUnit = 'hour' | 'vcpu-hour' | 'gb-hour' | 'gb' | 'gb-month' | 'lcu-hour' | 'month' | 'rule-month' | 'zone-month' | 'alarm-month' | 'dashboard-month' | 'million' | 'ten-thousand' | 'upfront'

/**
 * One priced term of a bill line: quantity × unit price = result. A reservation whose upfront fee
 * and hourly rate are known has two: the fee spread over the term's months, and the hours.
 */
export type PriceTerm = {
  quantity: QuantityFactor[]
  /** The catalog key of the unit price (lib/pricing), e.g. 'fargate.linux_x86.vcpu_hour'. */
  priceId: string
  /** USD per `per`; null when the price is unknown. */
  unitPrice: { usd: number; per: PriceUnit } | null
  /** Taken off the unit price: Spot's discount against on-demand, or the design's enterprise discount. */
  discountPercent?: number
  /** An upfront fee is divided by the months of the term (12 × years). */
  amortisedOverMonths?: number
  /** The unit price is a reservation's effective hourly rate: how it splits into upfront and hourly is not known. */
  effectiveRate?: true
  /** Quantity × unit price in USD, rounded to cents; null when the price is unknown, never 0. */
  resultUsd: number | null
}

/**
 * What a formula says beside its terms: a free tier ArchDeck does not take off (AWS's CloudWatch
 * free tier is per account, shared with the account's other workloads), or an always-free
 * allowance it does take off (AWS's first 100 GB out to the internet, CloudFront's first 1 TB).
 */
export type FormulaNote =
  | Cost<'note.cloudwatch-free-tier-not-applied', { alarms: number; logsGb: number; dashboards: number }>
  | Cost<'note.always-free-internet-out', { freeGb: number }>
  | Cost<'note.always-free-cloudfront', { freeGb: number }>
  | Cost<'note.always-free-cloudfront-requests', { freeRequests: number }>

/** A bill line's formula: its terms and their sum (null when any price is unknown), and what it notes. */
export type CostFormula = Cost<'formula.line', { terms: PriceTerm[]; resultUsd: number | null; notes?: FormulaNote[] }>

/**
 * Where a line's unit price comes from. The publisher's title and date are kept as published, in
 * every language; only ArchDeck's framing around them ("derived: …", "price unknown (…)") is worded.
 * `note` is the price file's own note on a missing price, kept as written.
 */
export type CostSource =
  | Cost<'source.published', { title: string; asOf: string }>
  | Cost<'source.derived', { title: string; asOf: string }>
  | Cost<'source.seed-stated', { title: string; asOf: string }>
  | Cost<'source.assumed-override', { note: string | null }>
  | Cost<'source.assumed-discount', { percent: number; list: CostSource }>
  | Cost<'source.assumed-spot', { percent: number; onDemand: CostSource }>
  | Cost<'source.seed-stated-spot', { percent: number; title: string; asOf: string; onDemand: CostSource }>
  | Cost<'source.unknown', { priceId: string; note: string | null }>
  | Cost<'source.not-in-catalog', { priceId: string }>
  | Cost<'source.vcpus-unknown', { instanceClass: string }>
  /** The design states no NAT outbound volume (requirements.traffic.natOutboundGbPerMonth). */
  | Cost<'source.nat-outbound-not-stated'>

/** The monthly total: the known lines' sum, and how many lines have no price. */
export type CostTotal = Cost<'total', { knownUsd: number[]; totalUsd: number; unknownLines: number }>

/** One service's extra tasks during the peak event, at its hourly price per task. */
export type PeakExtra = { units: number; serviceId: string; hourlyUsd: number }

/** The band: minimum counts, the configured counts, and the peak event's extra tasks on top. */
export type CostBandFormula = Cost<'band', { minUsd: number; typicalUsd: number; peakUsd: number; peakName: string; extras: PeakExtra[]; peakHours: number; extraUsd: number }>

/** The budget check in won: the total at the scenario's rate against the budget. */
export type BudgetFormula = Cost<
  'budget',
  { monthlyUsd: number; krwPerUsd: number; monthlyKrw: number; budgetKrw: number; verdict: 'within' | 'within-so-far' | 'over'; overByKrw: number }
>

/** Names of the bill's components and of the price bases, as every view and the price list show them. */
export type CostName = Cost<`component.${CostComponent}`> | Cost<`basis.${PriceBasis}`>

export type CostReason = CostLabel | QuantityFactor | CostFormula | FormulaNote | CostSource | CostTotal | CostBandFormula | BudgetFormula | CostName
