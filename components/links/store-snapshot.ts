import { requestJson } from '@/components/workspace/api-client'
import type { Scenario } from '@/lib/model'

/**
 * Stores a design as a snapshot (POST /api/snapshots) once per scenario object: the store replaces
 * the object on every change, so an object is one design. The server answers the same id for the
 * same design, so a second tab or a reload storing it again writes nothing new.
 */
const pending = new WeakMap<Scenario, Promise<string>>()
const stored = new WeakMap<Scenario, string>()

export function storeSnapshot(scenario: Scenario): Promise<string> {
  let request = pending.get(scenario)
  if (!request) {
    request = requestJson<{ id: string }>('/api/snapshots', { method: 'POST', body: { scenario } }).then(({ id }) => {
      stored.set(scenario, id)
      return id
    })
    // A failed store (offline, too many writes) is tried again by the next ask.
    request.catch(() => pending.delete(scenario))
    pending.set(scenario, request)
  }
  return request
}

/** The id storeSnapshot got for this very scenario object, if it has finished. */
export function storedSnapshotId(scenario: Scenario): string | undefined {
  return stored.get(scenario)
}
