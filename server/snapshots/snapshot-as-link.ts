import { encodeScenarioParam } from '@/lib/model'
import { openSnapshot } from './snapshots'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * The dashboard reads a design from `?s=`; a `?snap=<id>` (the deck's "Open in dashboard" for a
 * design too large for a link, docs/decisions/017) becomes the `s=` of the stored design, which the
 * dashboard then reads like any link. An id the store does not have leaves the params as they were.
 * Example: { snap: '<id of swiftlogix>' } → { snap: '<id>', s: 'eyJ2ZXJzaW9uIjo…' }.
 */
export async function withSnapshotAsLink(params: SearchParams): Promise<SearchParams> {
  const id = Array.isArray(params.snap) ? params.snap[0] : params.snap
  if (id === undefined || params.s !== undefined) return params
  const snapshot = await openSnapshot(id)
  return snapshot.status === 'ok' ? { ...params, s: encodeScenarioParam(snapshot.scenario) } : params
}
