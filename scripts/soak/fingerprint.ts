import { createHash } from 'node:crypto'

/**
 * A short hash of a JSON value that ignores key order: PostgreSQL's jsonb stores keys in its own
 * order, so the same scenario read back must give the same fingerprint as the one sent.
 *
 * fingerprintOf({ b: 1, a: [2, { d: 3, c: 4 }] }) === fingerprintOf({ a: [2, { c: 4, d: 3 }], b: 1 })
 */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16)
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
