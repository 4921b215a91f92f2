import type { OpenedHistory } from '@/lib/model/saved-history'
import type { History, UndoEntry } from './history'
import { readSavedStep } from './initial-state'
import type { Notice } from './notice'
import { whenIdle } from './when-idle'

export type ReadHistory = { ok: true; history: Pick<History, 'past' | 'future'> } | { ok: false; notice: Notice }

/**
 * Reads the saved steps in the page's idle time, as many per slice as the slice allows: validating
 * a hundred steps of a large design takes most of a second (see footnote 1). `done` gets the
 * history, or the notice why it was dropped at the first step that cannot be read. Returns a
 * function that stops reading.
 */
export function readHistoryWhenIdle(opened: OpenedHistory, done: (read: ReadHistory) => void): () => void {
  const items = [...opened.past.map((item) => ['past', item] as const), ...opened.future.map((item) => ['future', item] as const)]
  const read: { past: UndoEntry[]; future: UndoEntry[] } = { past: [], future: [] }
  let next = 0
  let cancel = () => {}
  const readSome = (deadline?: IdleDeadline) => {
    // At least one step per slice; without a deadline (no idle callback here), all of them.
    do {
      if (next === items.length) return done({ ok: true, history: read })
      const [list, item] = items[next++]!
      const step = readSavedStep(item)
      if (!step.ok) return done(step)
      read[list].push(step.entry)
    } while (!deadline || deadline.timeRemaining() > 1)
    cancel = whenIdle(readSome)
  }
  cancel = whenIdle(readSome)
  return () => cancel()
}

// Footnotes
// 1. The schema's largest design (50 services) takes about 30 ms to validate; the 2 MB the history
//    may keep holds fifteen of them. A preset takes under a millisecond: a hundred steps fit in a slice or two.
