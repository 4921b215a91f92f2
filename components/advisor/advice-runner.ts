import type { AdviceGoals, AdviceResult } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'
import type { AdvisorState } from '@/lib/i18n/catalog/advisor-ui-reasons'
import type { AdviceAnswer, AdviceRequest } from './advice-messages'

/**
 * What the Advisor shows: the newest run's state and the last answer, which stays on screen (greyed,
 * not applicable) while a newer run works, so the chart does not jump on every edit.
 */
export type Advice = { state: AdvisorState; result: AdviceResult | null; elapsedMs: number | null; failure?: 'no-worker' | 'failed' }

export const IDLE_ADVICE: Advice = { state: 'idle', result: null, elapsedMs: null }
export const NO_WORKER_ADVICE: Advice = { state: 'error', result: null, elapsedMs: null, failure: 'no-worker' }
export const FAILED_ADVICE: Advice = { state: 'error', result: null, elapsedMs: null, failure: 'failed' }

/** The part of a Worker the runner uses, so tests can hand it a fake. */
export type AdviceWorker = {
  postMessage: (request: AdviceRequest) => void
  terminate: () => void
  onmessage: ((event: MessageEvent<AdviceAnswer>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type AdviceRunner = { run: (scenario: Scenario, goals: AdviceGoals) => void; dispose: () => void }

/**
 * Runs the advisor in a worker, only the newest request mattering: advise() is synchronous inside
 * the worker, so a request cannot be interrupted by a message. A newer request while one runs
 * terminates that worker and starts a fresh one; an answer to any older request is ignored.
 * An idle worker is reused, so its loaded modules and price books are kept between runs.
 */
export function createAdviceRunner(makeWorker: () => AdviceWorker, onAdvice: (advice: Advice) => void): AdviceRunner {
  let worker: AdviceWorker | null = null
  let busy = false
  let newest = 0
  let disposed = false
  let last: Advice = IDLE_ADVICE
  const tell = (advice: Advice) => {
    last = advice
    onAdvice(advice)
  }

  const stop = () => {
    worker?.terminate()
    worker = null
    busy = false
  }
  const start = (): AdviceWorker => {
    const fresh = makeWorker()
    fresh.onmessage = ({ data }) => {
      if (data.id !== newest || disposed) return
      busy = false
      tell(data.ok ? { state: 'done', result: data.result, elapsedMs: data.elapsedMs } : FAILED_ADVICE)
    }
    fresh.onerror = () => {
      if (disposed || fresh !== worker) return
      stop()
      tell(FAILED_ADVICE)
    }
    return fresh
  }

  return {
    run(scenario, goals) {
      if (disposed) return
      if (busy) stop()
      worker ??= start()
      newest += 1
      busy = true
      tell({ ...last, state: 'running' })
      worker.postMessage({ id: newest, scenario, goals })
    },
    dispose() {
      disposed = true
      stop()
    },
  }
}
