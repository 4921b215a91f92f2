import type { AdviceGoals, AdviceResult } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'
import type { AdvisorState } from '@/lib/i18n/catalog/advisor-ui-reasons'
import type { AdviceAnswer, AdviceMessage } from './advice-messages'

/**
 * What the Advisor shows: the newest run's state and the last answer, which stays on screen (greyed,
 * not applicable) while a newer run works, so the chart does not jump on every edit. `elapsedMs`:
 * the worker's time from request to answer, its pauses for the user's input included; `computeMs`:
 * the time it spent advising.
 */
export type Advice = { state: AdvisorState; result: AdviceResult | null; elapsedMs: number | null; computeMs?: number; failure?: 'no-worker' | 'failed' }

export const IDLE_ADVICE: Advice = { state: 'idle', result: null, elapsedMs: null }
export const NO_WORKER_ADVICE: Advice = { state: 'error', result: null, elapsedMs: null, failure: 'no-worker' }
export const FAILED_ADVICE: Advice = { state: 'error', result: null, elapsedMs: null, failure: 'failed' }

/** At most one `input` message per this long: a held key repeats every ~33 ms, a drag fires on every frame. */
export const INPUT_THROTTLE_MS = 50

/** The part of a Worker the runner uses, so tests can hand it a fake. */
export type AdviceWorker = {
  postMessage: (message: AdviceMessage) => void
  terminate: () => void
  onmessage: ((event: MessageEvent<AdviceAnswer>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Where the runner gets its worker and gives it back, idle to be kept warm for the next (advice-worker-pool.ts) or to be terminated. */
export type AdviceWorkerSource = { take: () => AdviceWorker; release: (worker: AdviceWorker, how: { terminate: boolean }) => void }

export type AdviceRunner = {
  run: (scenario: Scenario, goals: AdviceGoals) => void
  /** The user pressed a key, pointed or typed: while a run works, the worker pauses for the page. */
  noteInput: () => void
  dispose: () => void
}

/**
 * Runs the advisor in one warm worker, only the newest request mattering: the worker advises in
 * slices and drops a run when a newer request comes (advice-loop.ts), so nothing is terminated and
 * its loaded modules and price books are kept; an answer to any older request is ignored. The
 * worker goes back to `workers` when disposed idle, and is terminated when it fails or is disposed
 * mid-run (its answer would come to no one, or to the next runner as an answer to its own id).
 */
export function createAdviceRunner(workers: AdviceWorkerSource, onAdvice: (advice: Advice) => void, now: () => number = () => performance.now()): AdviceRunner {
  let worker: AdviceWorker | null = null
  let busy = false
  let newest = 0
  let disposed = false
  let lastInputAt = -Infinity
  let last: Advice = IDLE_ADVICE
  const tell = (advice: Advice) => {
    last = advice
    onAdvice(advice)
  }

  const stop = ({ terminate }: { terminate: boolean }) => {
    if (worker === null) return
    worker.onmessage = null
    worker.onerror = null
    workers.release(worker, { terminate })
    worker = null
    busy = false
  }
  const start = (): AdviceWorker => {
    const fresh = workers.take()
    fresh.onmessage = ({ data }) => {
      if (data.id !== newest || disposed) return
      busy = false
      tell(data.ok ? { state: 'done', result: data.result, elapsedMs: data.elapsedMs, computeMs: data.computeMs } : FAILED_ADVICE)
    }
    fresh.onerror = () => {
      if (disposed || fresh !== worker) return
      stop({ terminate: true })
      tell(FAILED_ADVICE)
    }
    return fresh
  }

  return {
    run(scenario, goals) {
      if (disposed) return
      worker ??= start()
      newest += 1
      busy = true
      // Already running: the view has nothing new to show until the answer.
      if (last.state !== 'running') tell({ ...last, state: 'running' })
      worker.postMessage({ type: 'advise', id: newest, scenario, goals })
    },
    noteInput() {
      if (!busy || worker === null || now() - lastInputAt < INPUT_THROTTLE_MS) return
      lastInputAt = now()
      worker.postMessage({ type: 'input' })
    },
    dispose() {
      disposed = true
      stop({ terminate: busy })
    },
  }
}
