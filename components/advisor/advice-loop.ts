import type { AdviceGoals, AdviceResult } from '@/lib/advise/types'
import type { Steps } from '@/lib/advise/steps'
import type { Region, Scenario } from '@/lib/model'
import type { AdviceAnswer, AdviceMessage } from './advice-messages'

/** Advising in slices this long, then back to the event loop, so a newer request or the user's input is read within a slice. */
export const SLICE_MS = 2
/** After the page's last `input`, the worker idles this long: the key press or the drag has the CPU to itself (2 cores, shared with the page). */
export const INPUT_PAUSE_MS = 150

/** Time and scheduling, so tests can drive the loop: `soon` runs after the messages already queued, `later` after `ms`. */
export type LoopClock = { now: () => number; soon: (task: () => void) => void; later: (ms: number, task: () => void) => void }

export type AdviceLoopDeps = {
  clock: LoopClock
  /** Resolves once the region's prices are installed in this realm (load-region-book.ts). */
  loadBook: (region: Region) => Promise<unknown>
  advise: (scenario: Scenario, goals: AdviceGoals) => Steps<AdviceResult>
  post: (answer: AdviceAnswer) => void
}

type Run = { id: number; steps: Steps<AdviceResult>; receivedAt: number; computeMs: number }

/**
 * The worker's side of the advisor: it runs the newest request in slices of SLICE_MS, returning to
 * the event loop between them, so a newer request abandons the current run where it stands (the
 * warm worker, its modules and price books are kept) and an `input` message pauses the run until
 * INPUT_PAUSE_MS after the last one, idling on a timer rather than computing.
 */
export function createAdviceLoop({ clock, loadBook, advise, post }: AdviceLoopDeps): { receive: (message: AdviceMessage) => void } {
  let newest = 0
  let run: Run | null = null
  let pausedUntil = -Infinity
  let scheduled = false

  const schedule = () => {
    if (scheduled || run === null) return
    scheduled = true
    const wait = pausedUntil - clock.now()
    if (wait > 0) clock.later(wait, slice)
    else clock.soon(slice)
  }

  const fail = (id: number, error: unknown) => post({ id, ok: false, message: error instanceof Error ? error.message : String(error) })

  function slice() {
    scheduled = false
    const current = run
    if (current === null) return
    if (clock.now() < pausedUntil) return schedule()
    const from = clock.now()
    try {
      for (;;) {
        const step = current.steps.next()
        const now = clock.now()
        if (step.done) {
          run = null
          const computeMs = current.computeMs + now - from
          return post({ id: current.id, ok: true, result: step.value, elapsedMs: Math.round(now - current.receivedAt), computeMs: Math.round(computeMs) })
        }
        if (now - from >= SLICE_MS) break
      }
    } catch (error) {
      run = null
      return fail(current.id, error)
    }
    current.computeMs += clock.now() - from
    schedule()
  }

  return {
    receive(message) {
      if (message.type === 'input') {
        pausedUntil = clock.now() + INPUT_PAUSE_MS
        return
      }
      if (message.type === 'warm') {
        void loadBook(message.region)
        return
      }
      const { id, scenario, goals } = message
      const receivedAt = clock.now()
      newest = id
      run = null
      // A worker is its own JavaScript realm: the page's price books are not here, so the design's
      // region book is loaded in this realm before anything is priced.
      loadBook(scenario.config.region).then(
        () => {
          if (id !== newest) return
          run = { id, steps: advise(scenario, goals), receivedAt, computeMs: 0 }
          schedule()
        },
        (error: unknown) => {
          if (id === newest) fail(id, error)
        },
      )
    },
  }
}
