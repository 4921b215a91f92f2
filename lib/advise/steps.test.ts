import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { advise, adviseInSteps } from './advise'

describe('adviseInSteps', () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('%s: run a step at a time, interleaved with another run abandoned half way, gives exactly advise’s answer', (_id, scenario) => {
    const answer = advise(scenario)
    const steps = adviseInSteps(scenario)
    // A run left unfinished (as the worker leaves one for a newer request) shares nothing with the next.
    const abandoned = adviseInSteps(scenario, { budgetKrw: 1 })
    let count = 0
    for (;;) {
      const step = steps.next()
      if (count++ % 2 === 0) abandoned.next()
      if (step.done) {
        expect(step.value).toEqual(answer)
        break
      }
    }
    // Bounded slices: at least one step per design examined.
    expect(count).toBeGreaterThan(answer.examined)
  })
})
