import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sayPriceList } from '../../lib/i18n/catalog/say-price-list'
import { PRICE_BOOK_REGIONS } from '../../lib/pricing/price-book-regions'
import { catalogKeyOf, selectInstancePrices } from '../../lib/pricing/price-list/instance-prices'
import { planPriceUpdate, type OfferUpdate, type PriceUpdatePlan } from '../../lib/pricing/price-list/plan-update'
import type { PriceListResult } from '../../lib/pricing/price-list/price-list-problem'
import { findRegionIndexUrl, findRegionOfferUrl } from '../../lib/pricing/price-list/read-indexes'
import { RegionBookSchema, type RegionBook } from '../../lib/pricing/region-book'
import type { Io } from '../io'
import type { PricesArgs } from './args'
import { folderSource } from './folder-source'
import { httpSource } from './http-source'
import type { PriceListSource } from './source'
import { describeFsError } from '../fs-error'

/** The Price List offers ArchDeck reads: instance hours and reservations. */
const PRICED_OFFERS = ['AmazonEC2', 'AmazonRDS', 'AmazonElastiCache'] as const
const OFFERS_INDEX = 'offers/v1.0/aws/index.json'
export const DEFAULT_BOOKS_DIR = fileURLToPath(new URL('../../data/prices/regions', import.meta.url))

class Refused extends Error {}

/**
 * `archdeck prices update`: reads every offer file first, then plans each region's book, then
 * writes them all; any unreadable, partial or malformed file stops it before anything is
 * written, so the current books stay as they were. Exit codes: 0 updated, 2 refused.
 */
export async function runPricesUpdate(args: PricesArgs, io: Io): Promise<number> {
  const booksDir = args.booksDir ?? DEFAULT_BOOKS_DIR
  const source = /^https?:\/\//.test(args.from) ? httpSource(args.from) : folderSource(args.from)
  try {
    const offers = await readOffers(source, args.regions)
    if (offers.size === 0) throw new Refused(`nothing to update: ${source.where} has no EC2, RDS or ElastiCache offer file for ${(args.regions.length ? args.regions : PRICE_BOOK_REGIONS).join(', ')}`)
    const plans = [...offers].map(([region, updates]) => ({ region, plan: planPriceUpdate(readBook(booksDir, region), updates), updates }))
    const written = writeBooks(booksDir, plans.map((p) => p.plan.next))
    for (const { region, plan, updates } of plans) printPlan(io, region, plan, updates)
    io.out(`wrote ${written.join(', ')}`)
    return 0
  } catch (error) {
    if (error instanceof Refused) {
      io.err(`archdeck: ${error.message}; the price books were not changed`)
      return 2
    }
    throw error
  }
}

/** Region → its offer files' prices, from the offers index through each service's region index. */
async function readOffers(source: PriceListSource, requested: readonly string[]): Promise<Map<string, OfferUpdate[]>> {
  const unknownRegion = requested.find((r) => !(PRICE_BOOK_REGIONS as readonly string[]).includes(r))
  if (unknownRegion) throw new Refused(`--region must be one of ${PRICE_BOOK_REGIONS.join(', ')} (got "${unknownRegion}")`)
  const offersIndex = await source.readText(OFFERS_INDEX)
  if (!offersIndex.ok) throw new Refused(`no AWS Price List at ${source.where}: ${sayPriceList('en', offersIndex.problem)}`)
  const regions = requested.length > 0 ? requested : PRICE_BOOK_REGIONS
  const byRegion = new Map<string, OfferUpdate[]>()
  for (const offerCode of PRICED_OFFERS) {
    const regionIndexFile = found(findRegionIndexUrl(OFFERS_INDEX, offersIndex.value, offerCode)).replace(/^\//, '')
    const regionIndex = found(await source.readText(regionIndexFile))
    for (const region of regions) {
      const located = findRegionOfferUrl(regionIndexFile, regionIndex, offerCode, region)
      // AWS lists only the regions a service runs in; a region the user asked for must be there.
      if (!located.ok && located.problem.code === 'price-list.no-region' && requested.length === 0) continue
      const offer = found(await source.readOffer(found(located).url.replace(/^\//, ''), (attributes) => catalogKeyOf(attributes) !== null))
      const update: OfferUpdate = { offerCode, version: offer.version, publicationDate: offer.publicationDate, location: offer.file, prices: selectInstancePrices(offer.prices) }
      byRegion.set(region, [...(byRegion.get(region) ?? []), update])
    }
  }
  return byRegion
}

function found<T>(result: PriceListResult<T>): T {
  if (!result.ok) throw new Refused(sayPriceList('en', result.problem))
  return result.value
}

/** The region's current book, or an empty one for a region without a book yet; a damaged book stops the update. */
function readBook(dir: string, region: string): RegionBook {
  const path = join(dir, `${region}.json`)
  if (!existsSync(path)) return { region, compiled: '', sources: [], prices: {} }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Refused(`the current price book ${path} is not valid JSON (${(error as Error).message}); restore it from git before updating`)
  }
  const parsed = RegionBookSchema.safeParse(json)
  if (!parsed.success) throw new Refused(`the current price book ${path} is damaged (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}); restore it from git before updating`)
  return parsed.data
}

/** Every book is written to a temporary file first and renamed only when all are written. */
function writeBooks(dir: string, books: readonly RegionBook[]): string[] {
  const staged: [string, string][] = []
  try {
    for (const book of books) {
      const path = join(dir, `${book.region}.json`)
      writeFileSync(`${path}.tmp`, JSON.stringify(book) + '\n')
      staged.push([`${path}.tmp`, path])
    }
  } catch (error) {
    throw new Refused(`cannot write the price books in ${dir}: ${describeFsError(error)}`)
  }
  for (const [from, to] of staged) renameSync(from, to)
  return staged.map(([, to]) => relative(process.cwd(), to) || to)
}

const usd = (n: number) => `$${Number(n.toPrecision(6))}`
const percent = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`

function printPlan(io: Io, region: string, plan: PriceUpdatePlan, updates: readonly OfferUpdate[]): void {
  const files = updates.map((u) => `${u.offerCode} ${u.version} (published ${u.publicationDate.slice(0, 10)})`).join(', ')
  io.out(`${region}: ${files}`)
  io.out(`  ${plan.added.length} added, ${plan.changed.length} changed by more than 1 %, ${plan.confirmed} confirmed and re-dated, ${plan.notInNewList.length} not in the new list (kept with their old date)`)
  for (const a of plan.added) io.out(`  added    ${a.key}  ${usd(a.usd)}`)
  for (const c of plan.changed) io.out(`  changed  ${c.key}  ${usd(c.fromUsd)} → ${usd(c.toUsd)} (${percent(c.ratio)})`)
  for (const k of plan.notInNewList) io.out(`  kept     ${k.key}  ${usd(k.usd)} (${k.asOf}): not in the new list`)
  for (const c of plan.conflicts) io.out(`  skipped  ${c.key}: the file gives ${c.usd.map(usd).join(' and ')} (SKUs ${c.skus.join(', ')}); the book keeps its price`)
}
