import { z } from 'zod'

/** A reservation behind a `reserved.…` price: what is paid up front and by the hour; `usd` is their effective hourly rate. */
export const ReservedPurchaseSchema = z.object({
  years: z.union([z.literal(1), z.literal(3)]),
  upfront: z.enum(['no', 'partial', 'all']),
  upfrontUsd: z.number().nonnegative(),
  usdPerHour: z.number().nonnegative(),
})

export const RegionPriceSchema = z.object({
  usd: z.number().nonnegative().finite(),
  unit: z.string(),
  /** Index into the book's `sources`. */
  source: z.number().int().nonnegative(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  basis: z.enum(['published', 'derived']),
  note: z.string().nullable(),
  reserved: ReservedPurchaseSchema.optional(),
})

export const PriceSourceEntrySchema = z.object({ id: z.number().int().nonnegative(), title: z.string(), location: z.string(), asOf: z.string(), trust: z.string().nullable() })

/**
 * One region's prices (data/prices/regions/<region>.json): written by scripts/import-prices.mjs
 * from the extended catalog and by `archdeck prices update` from AWS's Price List. Every price
 * names its source and date; a book is read whole or refused (a bad file never half-loads).
 */
export const RegionBookSchema = z
  .object({
    region: z.string(),
    compiled: z.string(),
    sources: z.array(PriceSourceEntrySchema),
    prices: z.record(z.string(), RegionPriceSchema),
  })
  .superRefine((book, ctx) => {
    const ids = new Set(book.sources.map((s) => s.id))
    for (const [key, price] of Object.entries(book.prices)) {
      if (!ids.has(price.source)) ctx.addIssue({ code: 'custom', path: ['prices', key, 'source'], message: `source ${price.source} is not in the book's sources` })
    }
  })

export type RegionBook = z.infer<typeof RegionBookSchema>
export type RegionPrice = z.infer<typeof RegionPriceSchema>
export type ReservedPurchase = z.infer<typeof ReservedPurchaseSchema>
