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
 * `JSON.stringify(canonicalize(value), null, 2)`, written in one pass without the sorted copy
 * (the export of a 50-service design spent a third of its time copying and re-walking it).
 */
export function toPrettyJson(value: JsonObject): string {
  return `${writeValue(value, '')}\n`
}

/** One value at the given indentation; `undefined` for what JSON.stringify leaves out of an object. */
function writeValue(value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object':
      if (value === null) return 'null'
      return Array.isArray(value) ? writeArray(value, indent) : writeObject(value as Record<string, unknown>, indent)
    default:
      return undefined
  }
}

function writeArray(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]'
  const inner = `${indent}  `
  let out = '['
  for (let i = 0; i < items.length; i++) out += `${i === 0 ? '\n' : ',\n'}${inner}${writeValue(items[i], inner) ?? 'null'}`
  return `${out}\n${indent}]`
}

function writeObject(object: Record<string, unknown>, indent: string): string {
  const inner = `${indent}  `
  let out = ''
  for (const key of canonicalKeyOrder(object)) {
    const written = writeValue(object[key], inner)
    if (written !== undefined) out += `${out === '' ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${written}`
  }
  return out === '' ? '{}' : `{${out}\n${indent}}`
}

/**
 * The key order of the object canonicalize builds: sorted keys inserted one by one, which a JS
 * object enumerates as array-index keys in numeric order first, then the rest in insertion order
 * (see footnote 1). Keys whose value is `undefined` are skipped by the caller.
 */
function canonicalKeyOrder(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object).sort()
  let plain = true
  for (const key of keys) {
    const first = key.charCodeAt(0)
    if ((first >= 48 && first <= 57 && isArrayIndex(key)) || key === '__proto__') {
      plain = false
      break
    }
  }
  if (plain) return keys
  const indexKeys = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b))
  return [...indexKeys, ...keys.filter((k) => !isArrayIndex(k) && k !== '__proto__')]
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) <= 4294967294
}

// Footnotes
// 1. canonicalize assigns `sorted[key] = …`; for the key '__proto__' that assignment sets the
//    prototype instead of a property, so the key never reaches JSON.stringify. The writer drops it
//    too, so both paths keep giving the same bytes.
