import './zod-setup'
import { z } from 'zod'
import { modelIssue } from './issue-params'

/** Regions ArchDeck ships prices for (data/prices/regions/<region>.json). */
export const PricedRegionSchema = z.enum(['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-northeast-2'])
export type PricedRegion = z.infer<typeof PricedRegionSchema>
export const PRICED_REGIONS = PricedRegionSchema.options

/** True for a region ArchDeck has prices for; any other region is kept, and its prices are unknown. */
export function isPricedRegion(region: string): region is PricedRegion {
  return (PRICED_REGIONS as readonly string[]).includes(region)
}

/**
 * Any AWS region code (`sa-east-1`, `us-gov-west-1`, `ap-southeast-5`): a design imported from
 * Terraform keeps its region even where ArchDeck has no prices (its totals then say "at least").
 */
export const RegionSchema = z
  .string()
  .max(32)
  .refine((r) => /^[a-z]{2}(-[a-z]+)?-(north|south|east|west|central)(east|west)?-\d{1,2}$/.test(r), modelIssue({ code: 'model.type-name-shape', params: { example: 'ap-northeast-2' } }))
/** A priced region, or any other region code (the `string & {}` keeps the priced ones as suggestions). */
export type Region = PricedRegion | (string & {})

export const SlugSchema = z
  .string()
  .refine((s) => /^[a-z][a-z0-9-]{0,39}$/.test(s), modelIssue({ code: 'model.slug-shape', params: {} }))

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/** True when `value` is a syntactically valid IPv4 CIDR such as 10.0.0.0/16. */
export function isIpv4Cidr(value: string): boolean {
  const match = IPV4_CIDR.exec(value)
  if (!match) return false
  const octets = match.slice(1, 5).map(Number)
  const prefix = Number(match[5])
  return octets.every((o) => o >= 0 && o <= 255) && prefix >= 0 && prefix <= 32
}

export const CidrSchema = z.string().refine(isIpv4Cidr, modelIssue({ code: 'model.cidr-shape', params: {} }))

export const PortSchema = z.number().int().min(0).max(65535)

/**
 * The limits that keep one evaluation cheap whatever a link, file or `--set` says (see
 * docs/decisions/011-bounded-evaluation.md for the table and why each is where it is).
 */
export const LIMITS = {
  /** Tasks or instances of one service, and every count that stands for them. */
  tasksPerService: 500,
  servicesPerDesign: 200,
  loadBalancersPerDesign: 150,
  listenersPerLoadBalancer: 10,
  securityGroupsPerDesign: 300,
  /** Rules in one direction of one group (AWS allows 60 by default, 1,000 on request). */
  rulesPerSecurityGroup: 250,
  rulesPerDesign: 2000,
  /** Groups one resource carries (AWS: 5 per network interface by default). */
  securityGroupsPerResource: 5,
  trafficBands: 24,
  /** A year, in minutes: recovery objectives beyond it say nothing the engines use. */
  objectiveMinutes: 525_600,
  /** Measured latencies and scaling targets in requests: far beyond any real figure, still finite. */
  measuredMs: 600_000,
  scalingTarget: 1_000_000,
  /** AWS names (instance types, classes) are short; a long one is a mistake or an attack. */
  awsNameLength: 64,
} as const

/** An AWS type name such as t3.small, bounded in length like every other text. */
export function awsTypeName(example: string) {
  return z
    .string()
    .max(LIMITS.awsNameLength)
    .refine((s) => /^[a-z][a-z0-9]*\.[a-z0-9]+$/.test(s), modelIssue({ code: 'model.type-name-shape', params: { example } }))
}

/** A list of security-group ids a resource carries: at least one, at most five. */
export const SecurityGroupRefsSchema = z.array(SlugSchema).min(1).max(LIMITS.securityGroupsPerResource)

/** Free text a user types (names, descriptions). Bounded so nothing explodes downstream. */
export const LabelSchema = z
  .string()
  .trim()
  .refine((s) => s.length > 0, modelIssue({ code: 'model.empty-label', params: {} }))
  .max(120)

/**
 * How an instance is paid for: on demand, a Reserved Instance (1 or 3 years; no, partial or all
 * upfront) or an EC2 Instance Savings Plan commitment (1 or 3 years, no upfront).
 */
export const PurchaseOptionSchema = z.enum([
  'on-demand',
  'reserved-1yr-no-upfront',
  'reserved-1yr-partial-upfront',
  'reserved-1yr-all-upfront',
  'reserved-3yr-no-upfront',
  'reserved-3yr-partial-upfront',
  'reserved-3yr-all-upfront',
  'savings-plan-1yr-no-upfront',
  'savings-plan-3yr-no-upfront',
])
export type PurchaseOption = z.infer<typeof PurchaseOptionSchema>

export const CurrencySchema = z.enum(['KRW', 'USD'])
export type Currency = z.infer<typeof CurrencySchema>
