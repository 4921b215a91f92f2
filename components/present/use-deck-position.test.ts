import { describe, expect, it } from 'vitest'
import { stepBack, stepForward } from './use-deck-position'

// Seven slides; the ops slide (1) and the decision (6) are shown in two steps on this stage.
const stepsOf = (index: number) => (index === 1 || index === 6 ? 2 : 1)

describe('walking a deck whose fuller slides show their words, then their picture', () => {
  it('goes from the summary to the ops slide\'s words, its picture, then the business slide', () => {
    let p = stepForward({ index: 0, part: 0 }, stepsOf, 7)
    expect(p).toEqual({ index: 1, part: 0 })
    p = stepForward(p, stepsOf, 7)
    expect(p).toEqual({ index: 1, part: 1 })
    expect(stepForward(p, stepsOf, 7)).toEqual({ index: 2, part: 0 })
  })

  it('goes back from the business slide to the ops slide\'s picture, then its words', () => {
    const p = stepBack({ index: 2, part: 0 }, stepsOf)
    expect(p).toEqual({ index: 1, part: 1 })
    expect(stepBack(p, stepsOf)).toEqual({ index: 1, part: 0 })
  })

  it('stays on the decision\'s picture at the end and on the summary at the start', () => {
    const end = { index: 6, part: 1 }
    expect(stepForward(end, stepsOf, 7)).toBe(end)
    const start = { index: 0, part: 0 }
    expect(stepBack(start, stepsOf)).toBe(start)
  })
})
