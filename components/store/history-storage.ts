import type { FieldError } from '@/lib/model'
import { openSavedHistory, readSavedHistoryEntry, serialiseSavedHistory } from '@/lib/model/saved-history'
import { EDIT_NAMES, type HistoryStep } from '@/lib/i18n/catalog/notice-reasons'
import { WHOLE_DESIGN_STEPS, type History, type UndoEntry } from './history'
import { asSaved } from './initial-state'
import { noticeOf, type Notice } from './notice'
import { whenIdle } from './when-idle'

/**
 * The undo history in this browser's storage, beside the autosaved work it belongs to. Loaded after
 * the page (use-persistence imports it when it starts): the first screen does not wait for it.
 */

const KNOWN_STEPS = new Set<string>([...EDIT_NAMES, ...WHOLE_DESIGN_STEPS])

/** A step this ArchDeck knows (a later one may have renamed or dropped some). */
function isHistoryStep(step: string): step is HistoryStep {
  return KNOWN_STEPS.has(step)
}

/** Where the history is kept (lib/model/saved-history.ts says its shape). */
const HISTORY_KEY = 'archdeck:history'

/** Beside the work saved at `savedAt`. Undo is a comfort: when it does not fit, it is not kept, and the work stays saved. */
export function saveHistory(history: History, savedAt: string): void {
  try {
    window.localStorage.setItem(HISTORY_KEY, serialiseSavedHistory(history, savedAt))
  } catch {
    try {
      window.localStorage.removeItem(HISTORY_KEY)
    } catch {
      // Storage refuses everything: the work's own write said so already.
    }
  }
}

export type ReadHistory = { kind: 'none' } | { kind: 'dropped'; notice: Notice } | { kind: 'restore'; history: Pick<History, 'past' | 'future'> }

/**
 * Reads the saved history of the work saved at `workSavedAt`, its steps in the page's idle time, as
 * many per slice as the slice allows (see footnote 1). `done` gets the history; none when none is
 * saved or it was saved with other work (another tab's, or after a write that failed); or the
 * notice why it was dropped, at the first step that cannot be read. Returns a function that stops.
 */
export function readSavedHistoryWhenIdle(workSavedAt: string, done: (read: ReadHistory) => void): () => void {
  const text = readStoredHistory()
  if (text === null) {
    done({ kind: 'none' })
    return () => {}
  }
  const opened = openSavedHistory(text)
  if (!opened.ok) {
    done({ kind: 'dropped', notice: historyDropped() })
    return () => {}
  }
  if (opened.value.workSavedAt !== workSavedAt) {
    done({ kind: 'none' })
    return () => {}
  }
  const items = [...opened.value.past.map((item) => ['past', item] as const), ...opened.value.future.map((item) => ['future', item] as const)]
  const read: { past: UndoEntry[]; future: UndoEntry[] } = { past: [], future: [] }
  let next = 0
  let cancel = () => {}
  const readSome = (deadline?: IdleDeadline) => {
    // At least one step per slice; without a deadline (no idle callbacks here), all of them.
    do {
      if (next === items.length) return done({ kind: 'restore', history: read })
      const [list, item] = items[next++]!
      const step = readSavedHistoryEntry(item, isHistoryStep)
      if (!step.ok) return done({ kind: 'dropped', notice: historyDropped(step.errors) })
      read[list].push({ step: step.value.step, ...asSaved(step.value) })
    } while (!deadline || deadline.timeRemaining() > 1)
    cancel = whenIdle(readSome)
  }
  cancel = whenIdle(readSome)
  return () => cancel()
}

function readStoredHistory(): string | null {
  try {
    return window.localStorage.getItem(HISTORY_KEY)
  } catch {
    return null
  }
}

/** Why the saved history was dropped, with the model's field errors when a step no longer fits; the work itself is never touched. */
function historyDropped(errors: FieldError[] = []): Notice {
  return noticeOf('error', { code: 'notice.history-dropped', params: {} }, errors.length > 0 ? errors : undefined)
}

// Footnotes
// 1. The schema's largest design (50 services) takes about 30 ms to validate; the 2 MB the history
//    may keep holds fifteen of them. A preset takes under a millisecond: a hundred steps fit in a slice or two.
