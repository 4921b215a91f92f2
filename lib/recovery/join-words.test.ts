import { describe, expect, it } from 'vitest'
import { text } from '../explain/text'
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
    const multiAz = text('Turn on Database Multi-AZ', 'Database Multi-AZ 켜기')
    const natPerAz = text('Run one NAT gateway per AZ', 'AZ마다 NAT 게이트웨이 하나씩 두기')
    expect(joinImprovements([multiAz, null, natPerAz, multiAz])).toEqual({
      en: 'Turn on Database Multi-AZ and run one NAT gateway per AZ',
      ko: 'Database Multi-AZ 켜기, AZ마다 NAT 게이트웨이 하나씩 두기',
    })
  })

  it('is null when nothing needs to change', () => {
    expect(joinImprovements([null, null])).toBeNull()
  })
})
