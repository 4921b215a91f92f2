import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { resolveGoals } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'
import type { AdviceAnswer, AdviceRequest } from './advice-messages'
import { createAdviceRunner, type Advice, type AdviceWorker } from './advice-runner'

/** A worker that records what it was asked and answers only when the test says so. */
class FakeWorker implements AdviceWorker {
  requests: AdviceRequest[] = []
  terminated = false
  onmessage: AdviceWorker['onmessage'] = null
  onerror: AdviceWorker['onerror'] = null
  postMessage(request: AdviceRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  answer(answer: AdviceAnswer) {
    this.onmessage?.({ data: answer } as MessageEvent<AdviceAnswer>)
  }
}

const scenario = findPreset('swiftlogix')!.scenario
const goals = resolveGoals(scenario)
const resultOf = (examined: number) => ({ examined }) as AdviceResult

function setUp() {
  const workers: FakeWorker[] = []
  const told: Advice[] = []
  const runner = createAdviceRunner(
    () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    (advice) => told.push(advice),
  )
  return { workers, told, runner }
}

describe('the advisor runner', () => {
  it('says running, then done with the worker’s answer and time', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    expect(told.at(-1)).toEqual({ state: 'running', result: null, elapsedMs: null })
    const [worker] = workers
    expect(worker!.requests).toEqual([{ id: 1, scenario, goals }])
    worker!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316 })
    expect(told.at(-1)).toEqual({ state: 'done', result: resultOf(284), elapsedMs: 316 })
  })

  it('terminates a worker still running an older request and asks a fresh one, so only the newest request is answered', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    runner.run(scenario, { ...goals, budgetKrw: 200_000 })
    expect(workers).toHaveLength(2)
    expect(workers[0]!.terminated).toBe(true)
    expect(workers[1]!.requests.map((r) => [r.id, r.goals.budgetKrw])).toEqual([[2, 200_000]])
    // A late answer to the first request (already posted before termination) changes nothing.
    workers[0]!.answer({ id: 1, ok: true, result: resultOf(1), elapsedMs: 1 })
    expect(told.at(-1)!.state).toBe('running')
    workers[1]!.answer({ id: 2, ok: true, result: resultOf(2), elapsedMs: 2 })
    expect(told.at(-1)).toMatchObject({ state: 'done', result: { examined: 2 } })
  })

  it('reuses an idle worker, keeping its loaded price books, and shows the last answer greyed while the next runs', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    workers[0]!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316 })
    runner.run(scenario, { ...goals, slaP95Ms: 500 })
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
    expect(told.at(-1)).toEqual({ state: 'running', result: resultOf(284), elapsedMs: 316 })
  })

  it('says error when the worker fails or answers with an error, and stops everything when disposed', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    workers[0]!.answer({ id: 1, ok: false, message: 'boom' })
    expect(told.at(-1)).toEqual({ state: 'error', result: null, elapsedMs: null, failure: 'failed' })
    runner.run(scenario, goals)
    workers[0]!.onerror?.({} as ErrorEvent)
    expect(told.at(-1)!.state).toBe('error')
    expect(workers[0]!.terminated).toBe(true)
    runner.run(scenario, goals)
    const count = told.length
    runner.dispose()
    expect(workers.at(-1)!.terminated).toBe(true)
    workers.at(-1)!.answer({ id: 3, ok: true, result: resultOf(3), elapsedMs: 3 })
    runner.run(scenario, goals)
    expect(told).toHaveLength(count)
  })
})
