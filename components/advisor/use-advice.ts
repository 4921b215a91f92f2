'use client'

import { startTransition, useEffect, useRef, useState } from 'react'
import type { AdviceGoals } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'
import { createAdviceRunner, IDLE_ADVICE, NO_WORKER_ADVICE, type Advice, type AdviceRunner } from './advice-runner'
import { adviceWorkers } from './advice-worker-pool'

/** Long enough to skip the values a slider passes through while dragged, short enough to feel immediate. */
export const ADVICE_DEBOUNCE_MS = 250

/** The user's input the worker makes way for: keys, pointers and text edits anywhere on the page. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'input'] as const
const LISTEN = { capture: true, passive: true } as const

/**
 * The advisor's answer for a scenario and goals, computed in a web worker: `running` while the
 * newest request works (a newer one replaces it), `done` with the result and the worker's time,
 * `error` when the worker fails or the browser has no web workers (jsdom tests): the engine never
 * runs on the main thread. Requests are debounced while the inputs change, and while one runs the
 * user's key presses, pointer presses and edits pause the worker, so the page answers them first.
 */
export function useAdvice(scenario: Scenario, goals: AdviceGoals, { enabled }: { enabled: boolean }): Advice {
  const hasWorker = typeof Worker !== 'undefined'
  const [advice, setAdvice] = useState<Advice>(hasWorker ? IDLE_ADVICE : NO_WORKER_ADVICE)
  const runner = useRef<AdviceRunner | null>(null)
  const asked = useRef(false)

  useEffect(() => {
    if (!enabled || !hasWorker) return
    // The answer renders as a transition: a key press meanwhile is handled first (React yields to it).
    const created = createAdviceRunner(adviceWorkers, (next) => startTransition(() => setAdvice(next)))
    runner.current = created
    const noteInput = () => created.noteInput()
    for (const type of INPUT_EVENTS) document.addEventListener(type, noteInput, LISTEN)
    return () => {
      for (const type of INPUT_EVENTS) document.removeEventListener(type, noteInput, LISTEN)
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
