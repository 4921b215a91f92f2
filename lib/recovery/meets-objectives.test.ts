import { describe, expect, it } from 'vitest'
import { meetsObjectives } from './meets-objectives'

const fiveAndFive = { rtoMinutes: 5, rpoMinutes: 5 }

describe('meetsObjectives', () => {
  it('meets a 5-minute RTO and RPO with 2 minutes and no data loss', () => {
    expect(meetsObjectives(2, 0, fiveAndFive)).toBe(true)
  })

  it('counts times equal to the objective as met', () => {
    expect(meetsObjectives(5, 5, fiveAndFive)).toBe(true)
  })

  it('fails when either time is over its objective', () => {
    expect(meetsObjectives(60, 5, fiveAndFive)).toBe(false)
    expect(meetsObjectives(2, 6, fiveAndFive)).toBe(false)
  })

  it('never meets objectives with an unbounded time', () => {
    expect(meetsObjectives(null, 0, fiveAndFive)).toBe(false)
    expect(meetsObjectives(2, null, fiveAndFive)).toBe(false)
  })
})
