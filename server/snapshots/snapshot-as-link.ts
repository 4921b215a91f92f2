import { encodeScenarioParam } from '@/lib/model'
import { openSnapshot } from './snapshots'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * The dashboard reads a design from `?s=`; a `?snap=<id>` (the deck's "Open in dashboard" for a
 * design too large for a link, docs/decisions/017) becomes the `s=` of the stored design, which the
 * dashboard then reads like any link. An id the store does not have, or a store that does not answer,
 * leaves the params as they were and says which (`missing`), so the dashboard can tell the reader.
 * Example: { snap: '<id of swiftlogix>' } → { params: { snap: '<id>', s: 'eyJ2ZXJzaW9uIjo…' }, missing: null }.
 */
export async function withSnapshotAsLink(params: SearchParams): Promise<{ params: SearchParams; missing: 'not-found' | 'unavailable' | null }> {
  const id = Array.isArray(params.snap) ? params.snap[0] : params.snap
  if (id === undefined || params.s !== undefined) return { params, missing: null }
  const snapshot = await openSnapshot(id)
  return snapshot.status === 'ok' ? { params: { ...params, s: encodeScenarioParam(snapshot.scenario) }, missing: null } : { params, missing: snapshot.status }
}
