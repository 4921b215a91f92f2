import { findPreset, PRESETS } from '@/data/presets'
import { parseSavedState, type FieldError, type SavedStateIssue, type Scenario } from '@/lib/model'
import { openSavedHistory, readSavedHistoryEntry, type OpenedHistory } from '@/lib/model/saved-history'
import { isHistoryStep, type UndoEntry } from './history'
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

/** Why the saved undo history was dropped; the work itself is never touched. */
export function historyDropped(errors: FieldError[] = []): Notice {
  return noticeOf('error', { code: 'notice.history-dropped', params: {} }, errors.length > 0 ? errors : undefined)
}

/**
 * Opens the saved undo history (null when none is saved) of the work saved at `workSavedAt`; its
 * entries are read one by one (readSavedStep). A history saved with other work (another tab's, or
 * after a write that failed) is not this work's: none.
 */
export function openSavedSteps(text: string | null, workSavedAt: string): { kind: 'none' } | { kind: 'dropped'; notice: Notice } | { kind: 'open'; history: OpenedHistory } {
  if (text === null) return { kind: 'none' }
  const opened = openSavedHistory(text)
  if (!opened.ok) return { kind: 'dropped', notice: historyDropped() }
  if (opened.value.workSavedAt !== workSavedAt) return { kind: 'none' }
  return { kind: 'open', history: opened.value }
}

/** One saved step, validated and migrated, with an untouched preset as the preset itself; or why not. */
export function readSavedStep(item: unknown): { ok: true; entry: UndoEntry } | { ok: false; notice: Notice } {
  const read = readSavedHistoryEntry(item, isHistoryStep)
  if (!read.ok) return { ok: false, notice: historyDropped(read.errors) }
  return { ok: true, entry: { step: read.value.step, ...asSaved(read.value) } }
}

/**
 * A saved scenario as the store holds it. An untouched preset comes back as the preset itself, so
 * its link stays short; a preset id that no longer names a preset is dropped.
 */
function asSaved(saved: { scenario: Scenario; presetId: string | null }): { scenario: Scenario; presetId: string | null } {
  const preset = saved.presetId ? findPreset(saved.presetId) : undefined
  const unchanged = preset && JSON.stringify(preset.scenario) === JSON.stringify(saved.scenario)
  return { scenario: unchanged ? preset.scenario : saved.scenario, presetId: preset?.id ?? null }
}
