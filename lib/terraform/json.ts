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

/**
 * Pretty-printed with two spaces and a final newline, keys in canonical order: the same bytes as
 * `JSON.stringify(canonicalize(value), null, 2)`, but parts already in canonical order are not
 * copied (see footnote 1).
 */
export function toPrettyJson(value: JsonObject): string {
  return `${JSON.stringify(canonicalizeShared(value), null, 2)}\n`
}

/**
 * canonicalize, returning the value itself where it is already canonical for JSON.stringify: a
 * plain object whose keys are in sorted order and whose values need no change, an array whose
 * items need none. A 50-service export is ~360 KB; copying every object of it was most of its cost.
 */
function canonicalizeShared(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = canonicalizeShared(value[i])
      if (item !== value[i]) (copy ??= value.slice())[i] = item
    }
    return copy ?? value
  }
  if (value === null || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
  if (isInSortedOrder(keys) && Object.getPrototypeOf(object) === Object.prototype) {
    let copy: Record<string, unknown> | undefined
    for (const key of keys) {
      const item = canonicalizeShared(object[key])
      if (item !== object[key]) (copy ??= { ...object })[key] = item
    }
    return copy ?? object
  }
  const sorted: Record<string, unknown> = {}
  for (const key of keys.sort()) {
    const item = object[key]
    if (item !== undefined) sorted[key] = canonicalizeShared(item)
  }
  return sorted
}

/** Sorted as `Array.prototype.sort` sorts strings, and free of '__proto__' (footnote 2). */
function isInSortedOrder(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === '__proto__' || (i > 0 && keys[i - 1]! > keys[i]!)) return false
  }
  return true
}

// Footnotes
// 1. Why the shared parts give the same bytes: JSON.stringify drops `undefined` properties itself,
//    and an object whose own keys already enumerate in sorted order enumerates them in the same
//    order as canonicalize's copy would (array-index keys first, in numeric order, then the others
//    in insertion order, which is sorted). Only plain objects are shared, so no `toJSON` differs.
// 2. canonicalize assigns `sorted[key] = …`; for the key '__proto__' that sets the copy's
//    prototype instead of a property, so the key never reaches the output. Such an object takes
//    the copying path here too.
