import { describe, expect, it } from 'vitest'
import { withJosa } from './josa'

describe('withJosa', () => {
  it('picks the particle from the last syllable', () => {
    expect(withJosa('데이터베이스', '은/는')).toBe('데이터베이스는')
    expect(withJosa('연결', '은/는')).toBe('연결은')
    expect(withJosa('150,000원', '을/를')).toBe('150,000원을')
  })

  it('skips a trailing parenthesis and reads ㄹ before 로', () => {
    expect(withJosa('외부 인터넷 연결(NAT)', '은/는')).toBe('외부 인터넷 연결(NAT)은')
    expect(withJosa('연결', '으로/로')).toBe('연결로')
    expect(withJosa('원', '으로/로')).toBe('원으로')
  })

  it('reads digits aloud', () => {
    expect(withJosa('3', '이/가')).toBe('3이')
    expect(withJosa('2', '이/가')).toBe('2가')
  })
})
