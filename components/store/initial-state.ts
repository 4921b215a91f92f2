import { findPreset, PRESETS } from '@/data/presets'
import { parseSavedState, type SavedStateIssue, type Scenario } from '@/lib/model'
import { noticeOf, type Notice } from './notice'
import type { ScenarioId } from '@/lib/recovery'
import type { TabId } from '@/components/views/view-props'

/** Plain data shared by the server (which reads links) and the client store. No React here. */

import type { TopologyHighlight } from '@/components/topology/topology-canvas'

export type { TopologyHighlight }

export type { Notice }

export type UiState = {
  tab: TabId
  selectedNodeId: string | null
  highlight: TopologyHighlight
  overlay: ScenarioId | null
}

export const DEFAULT_PRESET_ID = 'swiftlogix'

export const INITIAL_UI: UiState = { tab: 'overview', selectedNodeId: null, highlight: 'none', overlay: null }

export type InitialState = { scenario: Scenario; presetId: string | null; ui?: Partial<UiState>; notice?: Notice | null }

export function initialStateFor(presetId: string = DEFAULT_PRESET_ID): InitialState {
  const preset = findPreset(presetId) ?? findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!
  return { scenario: preset.scenario, presetId: preset.id }
}

/** What the work saved in this browser gives: nothing, a notice why it was ignored, or work to restore. */
type SavedWork =
  | { kind: 'none' }
  | { kind: 'ignored'; notice: Notice; why: SavedStateIssue }
  | { kind: 'restore'; scenario: Scenario; presetId: string | null; savedAt: string }

/**
 * Reads the saved text (null when nothing is saved). Never throws: a save that cannot be read
 * becomes a notice and the current work stays. A preset id that no longer names a preset is
 * dropped, so the picker never claims a preset that does not exist.
 */
export function readSavedWork(text: string | null): SavedWork {
  if (text === null) return { kind: 'none' }
  const saved = parseSavedState(text)
  if (!saved.ok) return { kind: 'ignored', why: saved.reason, notice: noticeOf('error', { code: 'notice.saved-ignored', params: { why: saved.reason, keptUnder: null } }) }
  return { kind: 'restore', ...asSaved(saved.value), savedAt: saved.value.savedAt }
}

/**
 * A saved scenario as the store holds it. An untouched preset comes back as the preset itself, so
 * its link stays short; a preset id that no longer names a preset is dropped.
 */
export function asSaved(saved: { scenario: Scenario; presetId: string | null }): { scenario: Scenario; presetId: string | null } {
  const preset = saved.presetId ? findPreset(saved.presetId) : undefined
  const unchanged = preset && JSON.stringify(preset.scenario) === JSON.stringify(saved.scenario)
  return { scenario: unchanged ? preset.scenario : saved.scenario, presetId: preset?.id ?? null }
}
