import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { createOfferCsvReader, type KeepRow } from '../../lib/pricing/price-list/read-offer-csv'
import { readOfferJson } from '../../lib/pricing/price-list/read-offer-json'
import type { PriceListResult } from '../../lib/pricing/price-list/price-list-problem'
import { csvFormOf, type PriceListSource, type ReadOffer } from './source'

/** JSON offer files are parsed whole; beyond this, only their CSV form (read in chunks) will do. */
const MAX_JSON_BYTES = 256 * 1024 * 1024

/** A copy of the Price List on disk, laid out as AWS serves it (DIR/offers/v1.0/aws/index.json, …). */
export function folderSource(dir: string): PriceListSource {
  const readText = async (file: string): Promise<PriceListResult<string>> => {
    try {
      return { ok: true, value: readFileSync(join(dir, file), 'utf8') }
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (a partial copy of the Price List?)' : (error as Error).message
      return { ok: false, problem: { code: 'price-list.unreadable', params: { file, detail } } }
    }
  }
  return {
    where: dir,
    readText,
    async readOffer(jsonFile, keep) {
      const csvFile = csvFormOf(jsonFile)
      if (existsSync(join(dir, csvFile))) return withFile(readCsvInChunks(dir, csvFile, keep), csvFile)
      const path = join(dir, jsonFile)
      if (existsSync(path) && statSync(path).size > MAX_JSON_BYTES) {
        const detail = `too large to read as JSON (${Math.round(statSync(path).size / 2 ** 20)} MB); put AWS's CSV form of the file, index.csv, beside it`
        return { ok: false, problem: { code: 'price-list.unreadable', params: { file: jsonFile, detail } } }
      }
      const text = await readText(jsonFile)
      return text.ok ? withFile(readOfferJson(jsonFile, text.value), jsonFile) : text
    },
  }
}

export function withFile<T extends object>(read: PriceListResult<T>, file: string): PriceListResult<T & { file: string }> {
  return read.ok ? { ok: true, value: { ...read.value, file } } : read
}

/** A megabyte at a time, so a region's multi-gigabyte EC2 file never sits in memory whole. */
function readCsvInChunks(dir: string, file: string, keep: KeepRow): PriceListResult<Omit<ReadOffer, 'file'>> {
  const reader = createOfferCsvReader(file, keep)
  const decoder = new StringDecoder('utf8')
  const buffer = Buffer.alloc(2 ** 20)
  let fd: number
  try {
    fd = openSync(join(dir, file), 'r')
  } catch (error) {
    return { ok: false, problem: { code: 'price-list.unreadable', params: { file, detail: (error as Error).message } } }
  }
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const problem = reader.push(decoder.write(buffer.subarray(0, n)))
      if (problem) return { ok: false, problem }
    }
    reader.push(decoder.end())
  } finally {
    closeSync(fd)
  }
  return reader.end()
}
