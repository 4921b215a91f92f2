import type { EditName, HistoryStep } from '@/lib/i18n/catalog/notice-reasons'
import type { Scenario } from '@/lib/model'
import type { HistoryEntry } from '@/lib/model/saved-history'

/** Plain functions over the undo history; the store calls them, the tests call them alone. No React here. */

/** The work a step changes: the scenario and the preset it still is (for `?preset=` links and the picker). */
export type Work = { scenario: Scenario; presetId: string | null }

export type UndoEntry = HistoryEntry<HistoryStep>

/**
 * `past` oldest first, its last entry the next undo; `future` its last entry the next redo. `open`:
 * the edit that may still grow (a slider being dragged); never saved.
 */
export type History = { past: readonly UndoEntry[]; future: readonly UndoEntry[]; open?: { step: EditName; at: number } }

export const EMPTY_HISTORY: History = { past: [], future: [] }

/** Undo steps kept; the oldest goes first. */
export const HISTORY_LIMIT = 100

/** The same edit repeated within this many milliseconds of the last one is one step (one drag, one undo). */
export const COALESCE_MS = 500

/** The steps that replace the whole design at once; every other step is an edit. */
export const WHOLE_DESIGN_STEPS: readonly HistoryStep[] = ['preset', 'import', 'replace']

function isEdit(step: HistoryStep): step is EditName {
  return !WHOLE_DESIGN_STEPS.includes(step)
}

/**
 * The history once `step` changed `before` into `after` at `at` (milliseconds): `before` becomes
 * the next undo and redo is forgotten. Nothing is recorded when nothing changed; an edit repeated
 * within COALESCE_MS joins the step it continues, and a drag back to where it began leaves no step.
 */
export function recordStep(history: History, step: HistoryStep, before: Work, after: Work, at: number): History {
  if (isSameWork(before, after)) return history
  const open = history.open
  const start = history.past.at(-1)
  if (isEdit(step) && open?.step === step && at - open.at <= COALESCE_MS && start) {
    if (isSameWork(start, after)) return { past: history.past.slice(0, -1), future: [] }
    return { past: history.past, future: [], open: { step, at } }
  }
  const past = [...history.past, { step, ...before }].slice(-HISTORY_LIMIT)
  return isEdit(step) ? { past, future: [], open: { step, at } } : { past, future: [] }
}

/**
 * Undo (`back`: to the work the last step started from, that step then ready to redo) or redo
 * (`forward`: to the work the last undone step led to, undoable again); null when there is none.
 */
export function travel(history: History, current: Work, direction: 'back' | 'forward'): { work: UndoEntry; history: History } | null {
  const [from, to] = direction === 'back' ? [history.past, history.future] : [history.future, history.past]
  const entry = from.at(-1)
  if (!entry) return null
  const left = from.slice(0, -1)
  const reached = [...to, { ...current, step: entry.step }]
  return { work: entry, history: direction === 'back' ? { past: left, future: reached } : { past: reached, future: left } }
}

/**
 * The history read back from the browser (`saved`, whose present is the restored work) joined with
 * the steps taken since the page opened: theirs come after it, and a step taken forgets its redo.
 */
export function joinSavedHistory(saved: Pick<History, 'past' | 'future'>, current: History): History {
  const stepsSince = current.past.length > 0 || current.future.length > 0
  return { ...current, past: [...saved.past, ...current.past].slice(-HISTORY_LIMIT), future: stepsSince ? current.future : saved.future }
}

export function canUndo(state: { history: History }): boolean {
  return state.history.past.length > 0
}

export function canRedo(state: { history: History }): boolean {
  return state.history.future.length > 0
}

/** What Undo would undo (for its title), or null. */
export function nextUndo(state: { history: History }): HistoryStep | null {
  return state.history.past.at(-1)?.step ?? null
}

/** What Redo would redo, or null. */
export function nextRedo(state: { history: History }): HistoryStep | null {
  return state.history.future.at(-1)?.step ?? null
}

/** The same scenario (by value) under the same preset id. */
export function isSameWork(a: Work, b: Work): boolean {
  return a.presetId === b.presetId && isSameScenario(a.scenario, b.scenario)
}

/** The same scenario by value: a copy read back from storage or a link included. */
export function isSameScenario(a: Scenario, b: Scenario): boolean {
  return isSameValue(a, b)
}

/** Deep equality of JSON-like values (an absent key equals one set to undefined); shared subtrees compare by reference first. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!isSameValue(a[i], b[i])) return false
    return true
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let keys = 0
  for (const key in x) {
    if (x[key] === undefined) continue
    keys++
    if (!isSameValue(x[key], y[key])) return false
  }
  for (const key in y) if (y[key] !== undefined) keys--
  return keys === 0
}
