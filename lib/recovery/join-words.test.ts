import { describe, expect, it } from 'vitest'
import { joinImprovements, joinWords } from './join-words'

describe('joinWords', () => {
  it('lists one, two and three items as a sentence would', () => {
    expect(joinWords(['a'])).toBe('a')
    expect(joinWords(['a', 'b'])).toBe('a and b')
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c')
  })

  it('returns an empty string for no items', () => {
    expect(joinWords([])).toBe('')
  })
})

describe('joinImprovements', () => {
  it('joins changes into one instruction and drops repeats and nulls', () => {
    expect(joinImprovements(['Turn on Database Multi-AZ', null, 'Run one NAT gateway per AZ', 'Turn on Database Multi-AZ'])).toBe(
      'Turn on Database Multi-AZ and run one NAT gateway per AZ',
    )
  })

  it('is null when nothing needs to change', () => {
    expect(joinImprovements([null, null])).toBeNull()
  })
})
