import type { PriceListResult } from './price-list-problem'

/** A JSON object (not an array, not null): what every Price List file is at its top and in its maps. */
export type JsonObject = Record<string, unknown>

export const isJsonObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `content` parsed as a JSON object, or the refusal naming `file`. */
export function parseJsonObject(file: string, content: string): PriceListResult<JsonObject> {
  let doc: unknown
  try {
    doc = JSON.parse(content)
  } catch (error) {
    return { ok: false, problem: { code: 'price-list.not-json', params: { file, detail: (error as Error).message } } }
  }
  return isJsonObject(doc) ? { ok: true, value: doc } : { ok: false, problem: { code: 'price-list.not-json', params: { file, detail: 'not an object' } } }
}
