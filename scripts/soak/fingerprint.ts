import { createHash } from 'node:crypto'
import { canonicalize, type Json } from '../../lib/terraform/json'

/**
 * A short hash of a JSON value that ignores key order: PostgreSQL's jsonb stores keys in its own
 * order, so the same scenario read back must give the same fingerprint as the one sent.
 *
 * fingerprintOf({ b: 1, a: [2, { d: 3, c: 4 }] }) === fingerprintOf({ a: [2, { c: 4, d: 3 }], b: 1 })
 */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonicalize(value as Json))).digest('hex').slice(0, 16)
}
