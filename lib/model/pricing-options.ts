import { z } from 'zod'
import { modelIssue } from './issue-params'

/** Overrides one design may carry: far more than the catalog keys a design uses (about 30). */
export const MAX_PRICE_OVERRIDES = 200

/** A catalog key as lib/pricing writes them: 'alb.hour', 'reserved.ec2.t2.micro.linux.1yr_all_upfront.effective_hour'. */
const PriceKeySchema = z
  .string()
  .max(200)
  .refine((k) => /^[a-z0-9][a-z0-9_.-]*$/.test(k), modelIssue({ code: 'model.price-key-shape', params: { example: 'alb.hour' } }))

/** A percentage taken off a price: 0 (none) to 100. */
const PercentSchema = z.number().min(0).max(100)

/** One negotiated unit price: USD per the catalog key's unit (per hour for an `…hour` key). */
export const PriceOverrideSchema = z.strictObject({
  key: PriceKeySchema,
  usd: z.number().min(0).max(1_000_000),
  /** Why this price: who quoted it, or what it stands for. */
  note: z.string().trim().max(300).optional(),
})
export type PriceOverride = z.infer<typeof PriceOverrideSchema>

/**
 * The design's own prices, each shown as "your assumption": negotiated unit prices for any catalog
 * key, an enterprise discount on every published or derived price, and the Spot discount the
 * design expects against on-demand. Absent = the catalog's prices as they are.
 * Example: `{ overrides: [{ key: 'alb.hour', usd: 0.02 }], discountPercent: 5, spotDiscountPercent: 60 }`.
 */
export const PricingOptionsSchema = z.strictObject({
  overrides: z
    .array(PriceOverrideSchema)
    .max(MAX_PRICE_OVERRIDES)
    .superRefine((overrides, ctx) => {
      const seen = new Set<string>()
      overrides.forEach((o, i) => {
        if (seen.has(o.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], ...modelIssue({ code: 'model.duplicate-price-override', params: { key: o.key } }) })
        seen.add(o.key)
      })
    })
    .default([]),
  discountPercent: PercentSchema.optional(),
  spotDiscountPercent: PercentSchema.optional(),
})
export type PricingOptions = z.infer<typeof PricingOptionsSchema>
