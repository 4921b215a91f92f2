/** A JSON value as written to a `.tf.json` file; `undefined` properties are dropped on output. */
export type Json = string | number | boolean | null | Json[] | JsonObject
export type JsonObject = { [key: string]: Json | undefined }

/**
 * Drops `undefined` properties and sorts object keys (arrays keep their order), so one config
 * always serialises to the same bytes: `{ b: 1, a: undefined, c: [{ z: 1, y: 2 }] }` →
 * `{ b: 1, c: [{ y: 2, z: 1 }] }`.
 */
export function canonicalize(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonicalize)
  if (value === null || typeof value !== 'object') return value
  const sorted: JsonObject = {}
  for (const key of Object.keys(value).sort()) {
    const item = value[key]
    if (item !== undefined) sorted[key] = canonicalize(item)
  }
  return sorted
}

/** Pretty-printed with two spaces and a final newline, keys in canonical order. */
export function toPrettyJson(value: JsonObject): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`
}
