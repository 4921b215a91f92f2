import { z } from 'zod'
import { CurrencySchema, LabelSchema, LIMITS } from './primitives'
import { modelIssue } from './issue-params'
import { TierSchema } from './architecture'

/** A stretch of the day with a steady request rate, e.g. business hours: 20 req/s for 8 h. */
export const TrafficBandSchema = z.strictObject({
  name: LabelSchema,
  rps: z.number().min(0).max(1_000_000),
  hoursPerDay: z.number().min(0).max(24),
})
export type TrafficBand = z.infer<typeof TrafficBandSchema>

export const TrafficProfileSchema = z
  .strictObject({
    bands: z.array(TrafficBandSchema).min(1).max(LIMITS.trafficBands),
    /** A known event above the daily pattern (Black Friday). */
    peak: z.strictObject({
      name: LabelSchema,
      rps: z.number().min(0).max(1_000_000),
      durationHours: z.number().min(0).max(744),
    }),
    /** Mean response body, in KiB; drives data transfer out (replies leave through the load balancer, not the NAT). */
    responseSizeKb: z.number().min(0).max(100_000),
    /**
     * What the private tiers send out through the NAT a month, in GB: calls to outside APIs, package
     * and image downloads. Stated per design; absent = not stated, and the NAT's data line is unknown.
     */
    natOutboundGbPerMonth: z.number().min(0).max(1_000_000).optional(),
    /** Days per billing month used for request volumes (the seed uses 30). */
    daysPerMonth: z.number().min(28).max(31).default(30),
  })
  .superRefine((t, ctx) => {
    const hours = t.bands.reduce((sum, b) => sum + b.hoursPerDay, 0)
    if (Math.abs(hours - 24) > 1e-6)
      ctx.addIssue({ code: 'custom', path: ['bands'], ...modelIssue({ code: 'model.bands-cover-day', params: { hours } }) })
  })
export type TrafficProfile = z.infer<typeof TrafficProfileSchema>

export const ReachPrincipalSchema = z.enum(['internet', 'office', 'public', 'private-app', 'private-db'])

/** Versioned with the scenario (config.schemaVersion): model version 1 also had a schemaVersion here. */
export const RequirementsSchema = z.strictObject({
  /** Bounded so the KRW/USD conversions stay finite: 1e308 KRW or 5e-324 KRW/USD would give Infinity. */
  budget: z.strictObject({
    monthly: z.number().min(0).max(1e12),
    currency: CurrencySchema,
    krwPerUsd: z
      .number()
      .refine((rate) => rate >= 1, modelIssue({ code: 'model.exchange-rate-min', params: { minimum: 1 } }))
      .max(100_000),
  }),
  traffic: TrafficProfileSchema,
  sla: z.strictObject({
    endpoint: LabelSchema,
    p95Ms: z.number().positive().max(600_000),
    /** User ↔ AWS round trip and load balancer time, added to the service's response time. */
    networkOverheadMs: z.number().min(0).max(10_000),
  }),
  recovery: z.strictObject({
    rtoMinutes: z.number().positive().max(LIMITS.objectiveMinutes),
    rpoMinutes: z.number().min(0).max(LIMITS.objectiveMinutes),
  }),
  securityPolicy: z.strictObject({
    /** Which principal may open connections to which tier. Anything else is a breach. */
    allowed: z.array(z.strictObject({ from: ReachPrincipalSchema, to: TierSchema })).max(ReachPrincipalSchema.options.length * TierSchema.options.length),
    requireFlowLogs: z.boolean(),
    requireEncryption: z.boolean(),
    adminAccess: z.enum(['bastion', 'ssm', 'either']),
  }),
})
export type Requirements = z.infer<typeof RequirementsSchema>
