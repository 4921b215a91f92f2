import { describe, expect, it } from 'vitest'
import { joinImprovements, plain } from './recovery-reasons'

describe('joinImprovements', () => {
  it('joins changes into one instruction and drops repeats and nulls', () => {
    const multiAz = plain('recovery.improve.multi-az')
    const natPerAz = plain('recovery.improve.nat-per-az')
    expect(joinImprovements([multiAz, null, natPerAz, multiAz])).toEqual({ code: 'recovery.improve.several', params: { items: [multiAz, natPerAz] } })
  })

  it('keeps a single change as it is', () => {
    expect(joinImprovements([null, plain('recovery.improve.two-azs')])).toEqual(plain('recovery.improve.two-azs'))
  })

  it('is null when nothing needs to change', () => {
    expect(joinImprovements([null, null])).toBeNull()
  })
})
