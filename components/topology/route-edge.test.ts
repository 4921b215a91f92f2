import { describe, expect, it } from 'vitest'
import { midpointOf, roundedPath } from './route-edge'

describe('roundedPath', () => {
  it('rounds each corner with a quadratic curve', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 }], 4)).toBe('M 0 0 L 0 6 Q 0 10 4 10 L 10 10')
  })
})

describe('midpointOf', () => {
  it('finds the point halfway along a bent line', () => {
    expect(midpointOf([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }])).toEqual({ x: 10, y: 10 })
  })
})
