import { z } from 'zod'
import { MODEL_FACTS_VERSION } from '../../terraform/model-facts'
import type { ModelFacts } from '../types'

const Ids = z.array(z.string()).max(1000)
/** Each fact is checked only for its shape here; the scenario built from it goes through the model's schema. */
const Loose = z.record(z.string(), z.unknown())

const ServiceFactsSchema = z.object({
  performance: Loose.optional(),
  trafficShare: z.number().optional(),
  scaling: Loose.optional(),
  scheduledPeakCount: z.number().optional(),
  count: Loose.optional(),
  port: z.number().optional(),
  healthCheck: Loose.optional(),
  purchase: z.string().optional(),
  onDemandBase: z.number().optional(),
})
export type ServiceFacts = z.infer<typeof ServiceFactsSchema>

const FactsSchema = z.object({
  archdeck: z.literal(MODEL_FACTS_VERSION),
  name: z.string().optional(),
  order: z
    .object({
      services: Ids.optional(),
      securityGroups: Ids.optional(),
      loadBalancers: Ids.optional(),
      vpcEndpoints: Ids.optional(),
      listeners: z.record(z.string(), z.array(z.number()).max(100)).optional(),
    })
    .optional(),
  services: z.record(z.string(), ServiceFactsSchema).optional(),
  loadBalancers: z.record(z.string(), z.object({ routing: z.string().optional() })).optional(),
  securityGroups: z
    .record(
      z.string(),
      z.object({
        rules: z.record(z.string(), z.object({ label: z.string().optional(), description: z.string().nullable().optional() })).optional(),
        egressNone: z.boolean().optional(),
      }),
    )
    .optional(),
  labels: z
    .object({ services: z.record(z.string(), z.string()).optional(), loadBalancers: z.record(z.string(), z.string()).optional(), securityGroups: z.record(z.string(), z.string()).optional() })
    .optional(),
  database: z.object({ purchase: z.string().optional(), appUserLeastPrivilege: z.boolean().optional() }).optional(),
  cache: z.object({ purchase: z.string().optional() }).optional(),
  bastion: z.object({ purchase: z.string().optional() }).optional(),
  monitoring: z
    .object({
      logsIngestedGbPerMonth: z.number().optional(),
      dashboards: z.number().optional(),
      alarms: z.number().optional(),
      logRetentionDays: z.number().optional(),
      containerInsights: z.boolean().optional(),
    })
    .optional(),
  edge: z
    .object({
      cloudfront: z.boolean().optional(),
      wafRules: z.number().optional(),
      route53: z.object({ hostedZones: z.number(), queriesMillionsPerMonth: z.number() }).optional(),
    })
    .optional(),
  disasterRecovery: Loose.optional(),
  billing: Loose.optional(),
  pricing: Loose.optional(),
  natInstanceType: z.string().optional(),
  routing: z.record(z.string(), z.enum(['igw', 'nat', 'none'])).optional(),
  ssm: z.boolean().optional(),
  requirements: Loose.optional(),
})
export type Facts = z.infer<typeof FactsSchema>

/**
 * The model facts of an ArchDeck export (lib/terraform/model-facts.ts), from the evaluated local:
 * its JSON text or the value already parsed. Anything else (another tool's local, a newer version)
 * reads as no facts.
 */
export function readFacts(raw: ModelFacts | string | undefined): Facts | undefined {
  let value: unknown = raw
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return undefined
    }
  }
  // The evaluator may hand over the locals block rather than the one local.
  if (typeof value === 'object' && value !== null && 'archdeck_model_facts' in value) return readFacts((value as { archdeck_model_facts: string }).archdeck_model_facts)
  const parsed = FactsSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** Ids in the order the facts give, the rest after them in their own order. */
export function inFactsOrder<T>(items: readonly T[], idOf: (item: T) => string, order: readonly string[] | undefined): T[] {
  if (!order) return [...items]
  const rank = new Map(order.map((id, i) => [id, i]))
  const rankOf = (item: T) => rank.get(idOf(item)) ?? order.length
  return [...items].sort((a, b) => rankOf(a) - rankOf(b))
}
