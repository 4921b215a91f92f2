import { createHash } from 'node:crypto'

/** A snapshot id as snapshotIdOf makes it: 43 base64url characters (SHA-256). Anything else is not looked up. */
export const SNAPSHOT_ID = /^[A-Za-z0-9_-]{43}$/

/**
 * JSON with every object's keys sorted, so two equal designs give one text whatever order their
 * fields came in. Example: `{ b: 1, a: [ { d: 2, c: 3 } ] }` → `{"a":[{"c":3,"d":2}],"b":1}`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}

/** The content address of a parsed scenario: the same design always gets the same id. */
export function snapshotIdOf(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('base64url')
}
