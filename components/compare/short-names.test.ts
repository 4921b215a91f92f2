import { describe, expect, it } from 'vitest'
import { shortenNames } from './short-names'

describe('shortenNames', () => {
  it('drops the words the Seoul plans share and capitalises the rest', () => {
    expect(
      shortenNames(['SwiftLogix Seoul — plan 1 (high availability)', 'SwiftLogix Seoul — plan 2 (partly reserved)', 'SwiftLogix Seoul — final plan']),
    ).toEqual(['Plan 1 (high availability)', 'Plan 2 (partly reserved)', 'Final plan'])
  })

  it('keeps names whole when they share nothing or only part of a word', () => {
    expect(shortenNames(['SwiftLogix — final proposal', 'PetClinic — 3-tier'])).toEqual(['SwiftLogix — final proposal', 'PetClinic — 3-tier'])
    expect(shortenNames(['Plan A', 'Planet B'])).toEqual(['Plan A', 'Planet B'])
    expect(shortenNames(['Only one'])).toEqual(['Only one'])
  })

  it('never empties a name', () => {
    expect(shortenNames(['Seoul plan', 'Seoul plan v2'])).toEqual(['Plan', 'Plan v2'])
  })
})
