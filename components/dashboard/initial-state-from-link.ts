import { findPreset } from '@/data/presets'
import { checkScenarioLink, listProblems } from '@/lib/model'
import { TAB_IDS, type TabId } from '@/components/views/view-props'
import { initialStateFor, type InitialState } from '@/components/store/initial-state'
import { noticeOf } from '@/components/store/notice'

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Reads `?s=` (an edited scenario), `?preset=` and `?tab=` from a link. A link that cannot be
 * read, or a `?snap=` the server could not find or reach (`missingSnapshot`, server/snapshots),
 * opens the default preset with a message saying why.
 */
export function initialStateFromLink(params: SearchParams, missingSnapshot: 'not-found' | 'unavailable' | null = null): { initial: InitialState; openedFromLink: boolean } {
  const tabParam = first(params.tab)
  const tab = TAB_IDS.includes(tabParam as TabId) ? (tabParam as TabId) : undefined
  const ui = tab ? { tab } : undefined
  if (missingSnapshot && !first(params.s)) {
    const notice = noticeOf('error', { code: 'notice.link-snapshot-missing', params: { unavailable: missingSnapshot === 'unavailable' } })
    return { initial: { ...initialStateFor(), ui, notice }, openedFromLink: true }
  }
  const s = first(params.s)
  if (s) {
    // Parsed by the same bounded schema as every input, so an accepted link evaluates in
    // milliseconds here and in the browser; one over the limits is refused by the proxy with 422.
    const decoded = checkScenarioLink(s)
    if (decoded.ok) return { initial: { scenario: decoded.value, presetId: null, ui }, openedFromLink: true }
    const notice = noticeOf('error', { code: 'notice.link-refused', params: { overLimits: decoded.overLimits, ...listProblems(decoded.errors) } })
    return { initial: { ...initialStateFor(), ui, notice }, openedFromLink: true }
  }
  const presetId = first(params.preset)
  if (presetId) {
    if (findPreset(presetId)) return { initial: { ...initialStateFor(presetId), ui }, openedFromLink: true }
    return { initial: { ...initialStateFor(), ui, notice: noticeOf('error', { code: 'notice.link-unknown-preset', params: { id: presetId } }) }, openedFromLink: true }
  }
  return { initial: { ...initialStateFor(), ui }, openedFromLink: false }
}
