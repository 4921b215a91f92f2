import { compareHref, snapshotLink } from '@/components/compare/read-selection'
import type { Locale } from '@/lib/i18n/locale'
import { MAX_URL_CHARS } from '@/lib/model'

/**
 * The addresses of the header's Present and Compare links. A design travels in the link (`?s=`)
 * while the link stays well under MAX_URL_CHARS, and as a snapshot id (`?snap=`) past it
 * (docs/decisions/017); the room kept is what Compare adds beside it (three snapshot ids, a preset,
 * the language).
 */
const MAX_SEARCH_IN_LINK = MAX_URL_CHARS - 500

/** The seed design, and the one to compare it with when it is itself the current plan. */
const SEED_PRESET = 'swiftlogix'
const SEED_COMPANION = 'swiftlogix-seoul-final'

/** Does the current search (`?preset=…` or `?s=…`, and `&tab=`) carry a design too long for a link? */
export function needsSnapshot(search: string): boolean {
  return search.length > MAX_SEARCH_IN_LINK
}

/**
 * `/present` with the current search, or `?snap=<id>` once the design is too long for a link;
 * null while that id is not known yet.
 * Example: ('?preset=swiftlogix', undefined) → '/present?preset=swiftlogix'.
 */
export function presentHref(search: string, snapshotId: string | undefined): string | null {
  if (!needsSnapshot(search)) return `/present${search}`
  return snapshotId === undefined ? null : `/present?snap=${encodeURIComponent(snapshotId)}`
}

export type ComparedWork = {
  /** The dashboard's search (searchFor): `?preset=<id>` for an untouched preset, else `?s=…`. */
  search: string
  /** The preset the work started from, edited or not; null for an imported design. */
  presetId: string | null
  /** The current design's snapshot id, once stored (needed when needsSnapshot(search)). */
  snapshotId: string | undefined
  /** Snapshot ids of the plans saved in the current workspace, other than the one being edited. */
  savedSnapshotIds: readonly string[]
  locale: Locale
}

/**
 * Compare with the current plan and something to compare it with, never one plan alone: the plans
 * saved in the workspace, or else the preset the work started from (when it was edited), or else
 * the seed design (SEED_COMPANION when the seed design is the current plan). Null while the current
 * design's snapshot id is not known yet. At most four plans: the current one and three saved.
 * Example: an untouched swiftlogix, nothing saved → '/compare?presets=swiftlogix,swiftlogix-seoul-final&lang=en'.
 */
export function compareHrefFor(work: ComparedWork): string | null {
  const params = new URLSearchParams(work.search)
  const untouchedPreset = params.get('preset')
  const saved = work.savedSnapshotIds.slice(0, 3).map(snapshotLink)
  let current: { presetIds: string[]; links: string[] }
  if (untouchedPreset !== null) current = { presetIds: [untouchedPreset], links: [] }
  else if (!needsSnapshot(work.search)) current = { presetIds: [], links: [params.get('s') ?? ''] }
  else if (work.snapshotId !== undefined) current = { presetIds: [], links: [snapshotLink(work.snapshotId)] }
  else return null
  const companion = untouchedPreset !== null ? (untouchedPreset === SEED_PRESET ? SEED_COMPANION : SEED_PRESET) : (work.presetId ?? SEED_PRESET)
  const presetIds = saved.length > 0 ? current.presetIds : [...current.presetIds, companion]
  return compareHref({ presetIds, links: [...current.links, ...saved], locale: work.locale, diffMode: 'consecutive' })
}
