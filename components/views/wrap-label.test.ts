import { describe, expect, it } from 'vitest'
import { charsThatFit, wrapLabel } from './wrap-label'

describe('wrapLabel', () => {
  it('breaks a label at spaces into lines of at most maxChars', () => {
    expect(wrapLabel('Gateway service', 10)).toEqual(['Gateway', 'service'])
    expect(wrapLabel('Night', 10)).toEqual(['Night'])
  })
})

describe('charsThatFit', () => {
  it('fits fewer Korean letters than Latin ones in the same room', () => {
    expect(charsThatFit('Seoul — plan 1', 80, 16)).toBe(11)
    expect(charsThatFit('서울 — 1안', 80, 16)).toBe(8)
  })

  it('never gives more than maxChars, nor fewer than 4', () => {
    expect(charsThatFit('Final proposal', 1000, 16)).toBe(16)
    expect(charsThatFit('Final proposal', 10, 16)).toBe(4)
  })
})
