// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { resolveGoals } from '@/lib/advise/goals'
import type { AdviceGoals } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'
import type { AdviceMessage } from './advice-messages'
import type { Advice } from './advice-runner'
import { ADVICE_DEBOUNCE_MS, useAdvice } from './use-advice'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

vi.mock('@/lib/advise', () => ({
  advise: () => {
    throw new Error('the engine must not run on the main thread')
  },
}))

const scenario = findPreset('swiftlogix')!.scenario
const goals = resolveGoals(scenario)

/** Renders the hook and hands back what it returned last, and a way to re-render with new inputs. */
function renderAdvice(first: { scenario: Scenario; goals: AdviceGoals }) {
  const seen: Advice[] = []
  function Probe(props: { scenario: Scenario; goals: AdviceGoals }) {
    seen.push(useAdvice(props.scenario, props.goals, { enabled: true }))
    return null
  }
  const root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe {...first} />))
  return { seen, rerender: (next: { scenario: Scenario; goals: AdviceGoals }) => act(() => root.render(<Probe {...next} />)), unmount: () => act(() => root.unmount()) }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('useAdvice', () => {
  it('says error and runs nothing where the browser has no web workers (jsdom)', () => {
    expect(typeof Worker).toBe('undefined')
    const { seen, unmount } = renderAdvice({ scenario, goals })
    expect(seen.at(-1)).toEqual({ state: 'error', result: null, elapsedMs: null, failure: 'no-worker' })
    unmount()
  })

  it('asks at once, then waits while the goals keep changing and asks only for the last, in the same worker; tells it of key presses while it runs', () => {
    vi.useFakeTimers()
    const workers: { posted: AdviceMessage[]; terminated: boolean }[] = []
    vi.stubGlobal(
      'Worker',
      class {
        posted: AdviceMessage[] = []
        terminated = false
        onmessage = null
        onerror = null
        constructor() {
          workers.push(this)
        }
        postMessage(message: AdviceMessage) {
          this.posted.push(message)
        }
        terminate() {
          this.terminated = true
        }
      },
    )
    const { seen, rerender, unmount } = renderAdvice({ scenario, goals })
    const requests = () => workers.flatMap((w) => w.posted.flatMap((m) => (m.type === 'advise' ? [m.goals.budgetKrw] : [])))
    act(() => vi.advanceTimersByTime(0))
    expect(requests()).toEqual([150_000])
    expect(seen.at(-1)!.state).toBe('running')
    // A slider dragged through three values: one request, for the value it stopped at.
    for (const budgetKrw of [160_000, 170_000, 180_000]) {
      rerender({ scenario, goals: { ...goals, budgetKrw } })
      act(() => vi.advanceTimersByTime(ADVICE_DEBOUNCE_MS / 2))
    }
    act(() => vi.advanceTimersByTime(ADVICE_DEBOUNCE_MS))
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
    expect(requests()).toEqual([150_000, 180_000])
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    expect(workers[0]!.posted.at(-1)).toEqual({ type: 'input' })
    // Unmounted mid-run: the run's answer would come to no one, so the worker goes.
    unmount()
    expect(workers[0]!.terminated).toBe(true)
  })
})
