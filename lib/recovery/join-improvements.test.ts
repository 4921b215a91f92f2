import { describe, expect, it } from 'vitest'
import { text } from '../explain/text'
import { joinImprovements } from './join-improvements'

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
