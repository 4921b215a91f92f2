import { createOfferCsvReader } from '../../lib/pricing/price-list/read-offer-csv'
import { readOfferJson } from '../../lib/pricing/price-list/read-offer-json'
import type { PriceListResult } from '../../lib/pricing/price-list/price-list-problem'
import { withFile } from './folder-source'
import { csvFormOf, type PriceListSource } from './source'

/** Indexes are small; an offer file can take minutes on a slow line. */
const INDEX_TIMEOUT_MS = 60_000
const OFFER_TIMEOUT_MS = 30 * 60_000

/**
 * The Price List served over HTTP: AWS's bulk endpoint (https://pricing.us-east-1.amazonaws.com)
 * or a mirror with the same paths. Offer files are streamed in their CSV form when served.
 */
export function httpSource(base: string): PriceListSource {
  const root = base.replace(/\/+$/, '')
  const unreadable = (file: string, detail: string) => ({ ok: false as const, problem: { code: 'price-list.unreadable' as const, params: { file: `${root}/${file}`, detail } } })
  const get = async (file: string, timeoutMs: number): Promise<{ ok: true; response: Response } | ReturnType<typeof unreadable>> => {
    try {
      const response = await fetch(`${root}/${file}`, { signal: AbortSignal.timeout(timeoutMs) })
      return response.ok ? { ok: true, response } : unreadable(file, `HTTP ${response.status} ${response.statusText}`.trim())
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code
      return unreadable(file, `${(error as Error).message}${cause ? ` (${cause})` : ''}; is this machine online?`)
    }
  }
  const readText = async (file: string): Promise<PriceListResult<string>> => {
    const got = await get(file, INDEX_TIMEOUT_MS)
    return got.ok ? { ok: true, value: await got.response.text() } : got
  }
  return {
    where: root,
    readText,
    async readOffer(jsonFile, keep) {
      const csvFile = csvFormOf(jsonFile)
      const csv = await get(csvFile, OFFER_TIMEOUT_MS)
      if (!csv.ok) {
        const text = await readText(jsonFile)
        return text.ok ? withFile(readOfferJson(jsonFile, text.value), jsonFile) : text
      }
      const reader = createOfferCsvReader(csvFile, keep)
      const decoder = new TextDecoder()
      const body = csv.response.body?.getReader()
      try {
        for (let chunk = await body?.read(); chunk && !chunk.done; chunk = await body?.read()) {
          const problem = reader.push(decoder.decode(chunk.value, { stream: true }))
          if (problem) {
            await body?.cancel()
            return { ok: false, problem }
          }
        }
      } catch (error) {
        return unreadable(csvFile, `the download broke off: ${(error as Error).message}`)
      }
      reader.push(decoder.decode())
      return withFile(reader.end(), csvFile)
    },
  }
}
