
/** JSON with every object's keys sorted and undefined values left out, so key order does not tell equal designs apart. */
function canonicalJson(value: unknown, canonical: WeakMap<object, string>): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const known = canonical.get(value)
  if (known !== undefined) return known
  const json = Array.isArray(value)
    ? `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v, canonical))).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .flatMap((k) => {
          const v = (value as Record<string, unknown>)[k]
          return v === undefined ? [] : [`${JSON.stringify(k)}:${canonicalJson(v, canonical)}`]
        })
        .join(',')}}`
  canonical.set(value, json)
  return json
}

/**
 * One string per design, equal for equal configs however a lever built them (edits write keys in
 * their own order, the schema in its order). Example: NAT instance then Multi-AZ, or Multi-AZ then NAT
 * instance, give one key, and the design is evaluated once. Each object's JSON is kept for the
 * keyer's life (one search, whose designs are never changed in place): a lever copies only what it
 * changes, so the rest is not written out again.
 */
export function designKeyer(): (design: object) => string {
  const canonical = new WeakMap<object, string>()
  return (config) => canonicalJson(config, canonical)
}
