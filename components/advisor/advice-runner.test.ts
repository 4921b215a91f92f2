import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { resolveGoals } from '@/lib/advise/goals'
import type { AdviceResult } from '@/lib/advise/types'
import type { AdviceAnswer, AdviceMessage } from './advice-messages'
import { createAdviceRunner, INPUT_THROTTLE_MS, type Advice, type AdviceWorker } from './advice-runner'

/** A worker that records what it was posted and answers only when the test says so. */
class FakeWorker implements AdviceWorker {
  posted: AdviceMessage[] = []
  terminated = false
  onmessage: AdviceWorker['onmessage'] = null
  onerror: AdviceWorker['onerror'] = null
  postMessage(message: AdviceMessage) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  answer(answer: AdviceAnswer) {
    this.onmessage?.({ data: answer } as MessageEvent<AdviceAnswer>)
  }
  get requests() {
    return this.posted.filter((m) => m.type === 'advise')
  }
}

const scenario = findPreset('swiftlogix')!.scenario
const goals = resolveGoals(scenario)
const resultOf = (examined: number) => ({ examined }) as AdviceResult

function setUp() {
  const workers: FakeWorker[] = []
  const released: { worker: FakeWorker; terminate: boolean }[] = []
  const told: Advice[] = []
  let now = 0
  const runner = createAdviceRunner(
    {
      take: () => {
        const worker = new FakeWorker()
        workers.push(worker)
        return worker
      },
      release: (worker, { terminate }) => released.push({ worker: worker as FakeWorker, terminate }),
    },
    (advice) => told.push(advice),
    () => now,
  )
  return { workers, released, told, runner, wait: (ms: number) => (now += ms) }
}

describe('the advisor runner', () => {
  it('says running, then done with the worker’s answer and times', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    expect(told.at(-1)).toEqual({ state: 'running', result: null, elapsedMs: null })
    const [worker] = workers
    expect(worker!.posted).toEqual([{ type: 'advise', id: 1, scenario, goals }])
    worker!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316, computeMs: 120 })
    expect(told.at(-1)).toEqual({ state: 'done', result: resultOf(284), elapsedMs: 316, computeMs: 120 })
  })

  it('asks the same warm worker again when a newer request comes while one runs (the worker abandons the older), says running once, and heeds only the newest answer', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    runner.run(scenario, { ...goals, budgetKrw: 200_000 })
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
    expect(workers[0]!.requests.map((r) => [r.id, r.goals.budgetKrw])).toEqual([
      [1, 150_000],
      [2, 200_000],
    ])
    expect(told).toEqual([{ state: 'running', result: null, elapsedMs: null }])
    // An answer to the first request (posted before the worker read the second) changes nothing.
    workers[0]!.answer({ id: 1, ok: true, result: resultOf(1), elapsedMs: 1, computeMs: 1 })
    expect(told.at(-1)!.state).toBe('running')
    workers[0]!.answer({ id: 2, ok: true, result: resultOf(2), elapsedMs: 2, computeMs: 2 })
    expect(told.at(-1)).toMatchObject({ state: 'done', result: { examined: 2 } })
  })

  it('reuses an idle worker and shows the last answer greyed while the next runs', () => {
    const { workers, told, runner } = setUp()
    runner.run(scenario, goals)
    workers[0]!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316, computeMs: 120 })
    runner.run(scenario, { ...goals, slaP95Ms: 500 })
    expect(workers).toHaveLength(1)
    expect(told.at(-1)).toEqual({ state: 'running', result: resultOf(284), elapsedMs: 316, computeMs: 120 })
  })

  it('tells a running worker of the user’s input, at most once per INPUT_THROTTLE_MS, and an idle one never', () => {
    const { workers, runner, wait } = setUp()
    runner.noteInput()
    runner.run(scenario, goals)
    const inputs = () => workers[0]!.posted.filter((m) => m.type === 'input').length
    runner.noteInput()
    wait(INPUT_THROTTLE_MS - 1)
    runner.noteInput()
    expect(inputs()).toBe(1)
    wait(1)
    runner.noteInput()
    expect(inputs()).toBe(2)
    workers[0]!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316, computeMs: 120 })
    wait(INPUT_THROTTLE_MS)
    runner.noteInput()
    expect(inputs()).toBe(2)
  })

  it('hands an idle worker back to be kept warm when disposed, and has one disposed mid-run terminated', () => {
    const idle = setUp()
    idle.runner.run(scenario, goals)
    idle.workers[0]!.answer({ id: 1, ok: true, result: resultOf(284), elapsedMs: 316, computeMs: 120 })
    idle.runner.dispose()
    expect(idle.released).toEqual([{ worker: idle.workers[0], terminate: false }])
    expect(idle.workers[0]!.onmessage).toBeNull()

    const busy = setUp()
    busy.runner.run(scenario, goals)
    busy.runner.dispose()
    expect(busy.released).toEqual([{ worker: busy.workers[0], terminate: true }])
    const count = busy.told.length
    busy.runner.run(scenario, goals)
    expect(busy.told).toHaveLength(count)
  })

  it('says error when the worker answers with an error, and gives up a worker that fails for a fresh one', () => {
    const { workers, released, told, runner } = setUp()
    runner.run(scenario, goals)
    workers[0]!.answer({ id: 1, ok: false, message: 'boom' })
    expect(told.at(-1)).toEqual({ state: 'error', result: null, elapsedMs: null, failure: 'failed' })
    runner.run(scenario, goals)
    workers[0]!.onerror?.({} as ErrorEvent)
    expect(told.at(-1)!.state).toBe('error')
    expect(released).toEqual([{ worker: workers[0], terminate: true }])
    runner.run(scenario, goals)
    expect(workers).toHaveLength(2)
    expect(workers[1]!.requests.map((r) => r.id)).toEqual([3])
  })
})
