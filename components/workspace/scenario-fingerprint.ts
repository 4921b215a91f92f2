import type { Scenario } from '@/lib/model'

/**
 * A scenario as JSON with sorted keys, so the same content always gives the same text whatever the
 * key order (PostgreSQL's jsonb reorders keys). Used to tell saved work from unsaved changes.
 */
export function fingerprintScenario(scenario: Scenario): string {
  return JSON.stringify(scenario, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )
}
