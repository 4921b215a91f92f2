import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { resolveGoals } from '@/lib/advise/goals'
import type { Steps } from '@/lib/advise/steps'
import type { AdviceResult } from '@/lib/advise/types'
import { createAdviceLoop, INPUT_PAUSE_MS, SLICE_MS, type LoopClock } from './advice-loop'
import type { AdviceAnswer } from './advice-messages'

const scenario = findPreset('swiftlogix')!.scenario
const goals = resolveGoals(scenario)

/** A clock the test moves: tasks wait in a queue until `runAll` runs them in time order, moving the time to theirs. */
function fakeClock() {
  let time = 0
  const queue: { at: number; task: () => void }[] = []
  const clock: LoopClock = {
    now: () => time,
    soon: (task) => queue.push({ at: time, task }),
    later: (ms, task) => queue.push({ at: time + ms, task }),
  }
  return {
    clock,
    spend: (ms: number) => (time += ms),
    /** A message that arrives at `atMs`, as the page's would, whether the worker is computing or asleep. */
    arrive: (atMs: number, task: () => void) => queue.push({ at: atMs, task }),
    /** Runs the queued tasks (and the promises they settle) until none is left; `between` may post messages as time passes. */
    async runAll(between: (now: number) => void = () => undefined) {
      await Promise.resolve()
      while (queue.length > 0) {
        queue.sort((a, b) => a.at - b.at)
        const { at, task } = queue.shift()!
        time = Math.max(time, at)
        between(time)
        task()
        await Promise.resolve()
      }
    },
  }
}

function setUp() {
  const time = fakeClock()
  const answers: AdviceAnswer[] = []
  /** Each run's steps done, per request's budget: every step costs 1 ms of the fake clock. */
  const stepsDone = new Map<number, number>()
  const steps = function* (budgetKrw: number, count: number): Steps<AdviceResult> {
    for (let i = 0; i < count; i++) {
      time.spend(1)
      stepsDone.set(budgetKrw, (stepsDone.get(budgetKrw) ?? 0) + 1)
      yield
    }
    return { examined: budgetKrw } as AdviceResult
  }
  const loop = createAdviceLoop({
    clock: time.clock,
    loadBook: () => Promise.resolve(true),
    advise: (_scenario, g) => steps(g.budgetKrw, 40),
    post: (answer) => answers.push(answer),
  })
  const ask = (id: number, budgetKrw: number) => loop.receive({ type: 'advise', id, scenario, goals: { ...goals, budgetKrw } })
  return { time, answers, stepsDone, loop, ask }
}

describe('the advisor worker’s loop', () => {
  it('advises in slices of about SLICE_MS and answers with the time from request to answer and the time computing', async () => {
    const { time, answers, ask } = setUp()
    let slices = 0
    ask(1, 150_000)
    await time.runAll(() => slices++)
    // 40 steps of 1 ms: a slice every SLICE_MS, and one more that finds the run done.
    expect(slices).toBe(Math.floor(40 / SLICE_MS) + 1)
    expect(answers).toEqual([{ id: 1, ok: true, result: { examined: 150_000 }, elapsedMs: 40, computeMs: 40 }])
  })

  it('abandons a run when a newer request comes, in the same worker, and answers only the newer', async () => {
    const { time, answers, stepsDone, ask } = setUp()
    ask(1, 150_000)
    let asked = false
    await time.runAll((now) => {
      if (now < 12 || asked) return
      asked = true
      ask(2, 200_000)
    })
    // The first run stopped at the slice boundary where the newer request was read.
    expect(stepsDone.get(150_000)).toBe(12)
    expect(stepsDone.get(200_000)).toBe(40)
    expect(answers.map((a) => a.id)).toEqual([2])
  })

  it('pauses INPUT_PAUSE_MS after the last input, computing nothing meanwhile, and counts the pause in elapsedMs but not in computeMs', async () => {
    const { time, loop, answers, stepsDone, ask } = setUp()
    ask(1, 150_000)
    for (const at of [SLICE_MS, SLICE_MS + 100]) time.arrive(at, () => loop.receive({ type: 'input' }))
    await time.runAll((now) => {
      // While paused (from the first input, after the first slice, until INPUT_PAUSE_MS after the second), no step is taken.
      if (now > SLICE_MS && now < SLICE_MS + 100 + INPUT_PAUSE_MS) expect(stepsDone.get(150_000)).toBe(SLICE_MS)
    })
    expect(answers).toEqual([{ id: 1, ok: true, result: { examined: 150_000 }, elapsedMs: 40 + 100 + INPUT_PAUSE_MS, computeMs: 40 }])
  })

  it('says what failed when advising throws', async () => {
    const time = fakeClock()
    const answers: AdviceAnswer[] = []
    const loop = createAdviceLoop({
      clock: time.clock,
      loadBook: () => Promise.resolve(true),
      advise: function* () {
        throw new Error('no price book')
      },
      post: (answer) => answers.push(answer),
    })
    loop.receive({ type: 'advise', id: 7, scenario, goals })
    await time.runAll()
    expect(answers).toEqual([{ id: 7, ok: false, message: 'no price book' }])
  })
})
