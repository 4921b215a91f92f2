/**
 * Below this depth keys are sorted (the config's sections, and their fields, which edits write in their
 * own order and the schema in its); from it on (each service, a section's nested objects) JSON is written
 * as it stands, where a lever copies an object with its keys in order.
 */
const SORTED_DEPTH = 2

/** JSON with the config's and its sections' keys sorted and undefined values left out; each object's JSON kept in `kept`. */
function designJson(value: unknown, kept: WeakMap<object, string>, depth: number): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const known = kept.get(value)
  if (known !== undefined) return known
  let json: string
  if (depth >= SORTED_DEPTH) json = JSON.stringify(value)
  else if (Array.isArray(value)) json = `[${value.map((v) => (v === undefined ? 'null' : designJson(v, kept, depth + 1))).join(',')}]`
  else {
    const record = value as Record<string, unknown>
    const fields: string[] = []
    for (const k of Object.keys(record).sort()) if (record[k] !== undefined) fields.push(`${JSON.stringify(k)}:${designJson(record[k], kept, depth + 1)}`)
    json = `{${fields.join(',')}}`
  }
  kept.set(value, json)
  return json
}

/**
 * One string per design, equal for equal configs whichever order the levers moved in: NAT instance
 * then Multi-AZ, or Multi-AZ then NAT instance, give one key, so the design is evaluated once (equal
 * keys are always equal designs; a key order differing deeper down would only cost an evaluation). The
 * JSON of each object is kept for the keyer's life (one search, whose designs are never changed in
 * place): a lever copies only the parts it changes, so the rest is not written out again.
 */
export function designKeyer(): (design: object) => string {
  const kept = new WeakMap<object, string>()
  return (design) => designJson(design, kept, 0)
}
