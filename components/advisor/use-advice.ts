'use client'

import { useEffect, useRef, useState } from 'react'
import type { AdviceGoals } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'
import { createAdviceRunner, IDLE_ADVICE, NO_WORKER_ADVICE, type Advice, type AdviceRunner, type AdviceWorker } from './advice-runner'

/** Long enough to skip the values a slider passes through while dragged, short enough to feel immediate. */
export const ADVICE_DEBOUNCE_MS = 250

// Bundlers find the worker by this exact expression (new Worker(new URL(…, import.meta.url))).
const makeAdviceWorker = (): AdviceWorker => new Worker(new URL('./advise.worker.ts', import.meta.url), { type: 'module' }) as unknown as AdviceWorker

/**
 * The advisor's answer for a scenario and goals, computed in a web worker: `running` while the
 * newest request works (a newer one cancels it), `done` with the result and the worker's time,
 * `error` when the worker fails or the browser has no web workers (jsdom tests): the engine never
 * runs on the main thread. Requests are debounced while the inputs change.
 */
export function useAdvice(scenario: Scenario, goals: AdviceGoals, { enabled }: { enabled: boolean }): Advice {
  const hasWorker = typeof Worker !== 'undefined'
  const [advice, setAdvice] = useState<Advice>(hasWorker ? IDLE_ADVICE : NO_WORKER_ADVICE)
  const runner = useRef<AdviceRunner | null>(null)
  const asked = useRef(false)

  useEffect(() => {
    if (!enabled || !hasWorker) return
    const created = createAdviceRunner(makeAdviceWorker, setAdvice)
    runner.current = created
    return () => {
      created.dispose()
      runner.current = null
      asked.current = false
    }
  }, [enabled, hasWorker])

  useEffect(() => {
    if (!enabled || !hasWorker) return
    // The first request goes at once; later ones wait until the inputs stop changing.
    const timer = setTimeout(
      () => {
        asked.current = true
        runner.current?.run(scenario, goals)
      },
      asked.current ? ADVICE_DEBOUNCE_MS : 0,
    )
    return () => clearTimeout(timer)
  }, [scenario, goals, enabled, hasWorker])

  return advice
}
