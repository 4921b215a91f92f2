import { CONFIG_SCHEMA_VERSION, RegionSchema, type ArchitectureConfig, type Region } from '../../model'
import { isUnknown, type EvaluatedConfiguration, type ImportReport } from '../types'
import { mapAdminAccess } from './admin'
import { mapCache } from './cache'
import { note, whyDefault, type MapContext } from './context'
import { mapDatabase } from './database'
import { mapEdge } from './edge'
import { readFacts } from './facts'
import { ReportBuilder } from './report'
import { defaultGroup } from './groups'
import { IdAllocator } from './ids'
import { InstanceIndex, nameTag } from './instances'
import { noteLiteralSecrets, skipTheRest } from './leftovers'
import { mapLoadBalancers } from './load-balancers'
import { mapMonitoring } from './monitoring'
import { mapNetwork } from './network'
import { mapRequirements } from './requirements'
import { mapSecurityGroups } from './security-groups'
import { mapServices, serviceSubnets } from './services'

/** Where a design with no readable region is placed: it is said in `assumed`. */
const FALLBACK_REGION: Region = 'us-east-1'
const LABEL_MAX = 120

/**
 * The evaluated resources as ArchDeck's model, with a report of what became what, what was assumed
 * and what was skipped. The scenario is not yet validated: import-terraform.ts runs the model's one
 * schema over it. Each domain's mapper is a small pure function over the instances (one file each).
 */
export function mapToScenario(configuration: EvaluatedConfiguration): { scenario: unknown; report: ImportReport } {
  const ctx = createContext(configuration)
  const network = mapNetwork(ctx, serviceSubnets(ctx))
  const securityGroups = mapSecurityGroups(ctx)
  const balancing = mapLoadBalancers(ctx)
  const services = mapServices(ctx, balancing)
  const database = mapDatabase(ctx)
  const cache = mapCache(ctx)
  const adminAccess = mapAdminAccess(ctx, securityGroups, network.vpcEndpoints)
  const edge = mapEdge(ctx)
  const monitoring = mapMonitoring(ctx)
  if (ctx.needsDefaultGroup) securityGroups.push(defaultGroup())
  const { facts, report } = ctx
  const config: ArchitectureConfig = {
    schemaVersion: CONFIG_SCHEMA_VERSION,
    name: designName(ctx),
    region: ctx.region as Region,
    network,
    securityGroups,
    loadBalancers: balancing.loadBalancers,
    services,
    database,
    ...(cache ? { cache } : {}),
    adminAccess,
    edge,
    monitoring,
    disasterRecovery: (facts?.disasterRecovery as ArchitectureConfig['disasterRecovery'] | undefined) ?? assumed(ctx, 'disasterRecovery', { mode: 'none', crossRegionBackups: false }),
    billing: (facts?.billing as ArchitectureConfig['billing'] | undefined) ?? assumed(ctx, 'billing', { includePublicIpv4: true }),
    ...(facts?.pricing ? { pricing: facts.pricing as NonNullable<ArchitectureConfig['pricing']> } : {}),
  }
  const requirements = mapRequirements(ctx)
  skipTheRest(ctx)
  noteLiteralSecrets(ctx)
  for (const n of configuration.notes) report.note(n)
  return { scenario: { config, requirements }, report: report.build() }
}

function createContext(configuration: EvaluatedConfiguration): MapContext {
  const ctx: MapContext = {
    configuration,
    index: new InstanceIndex(configuration.instances),
    report: new ReportBuilder(),
    facts: readFacts(configuration.modelFacts as Record<string, unknown> | undefined),
    region: FALLBACK_REGION,
    subnetTiers: new Map(),
    securityGroupIds: new Map(),
    loadBalancerIds: new Map(),
    serviceIds: new IdAllocator(),
    needsDefaultGroup: false,
  }
  ctx.region = readRegion(ctx)
  return ctx
}

/** The default provider's region; one outside ArchDeck's price books cannot be modelled yet, and is said so. */
function readRegion(ctx: MapContext): Region {
  const region = ctx.configuration.providerRegions.aws
  const parsed = RegionSchema.safeParse(region)
  if (parsed.success) return parsed.data
  const found = typeof region === 'string' ? region : isUnknown(region) ? region.$unknown : ''
  ctx.report.assumed('region', FALLBACK_REGION, typeof region === 'string' ? note('assumed.region-not-modelled', { field: 'region', found }) : whyDefault(region, 'region'))
  return FALLBACK_REGION
}

function designName(ctx: MapContext): string {
  if (ctx.facts?.name) return ctx.facts.name
  const fromVpc = ctx.vpc ? nameTag(ctx.vpc) : undefined
  const name = fromVpc?.trim().slice(0, LABEL_MAX).trim()
  if (name) return name
  ctx.report.assumed('name', 'Imported design', note('assumed.not-in-terraform', { field: 'name' }))
  return 'Imported design'
}

function assumed<T>(ctx: MapContext, field: string, value: T): T {
  ctx.report.assumed(field, value, note('assumed.not-in-terraform', { field }))
  return value
}
