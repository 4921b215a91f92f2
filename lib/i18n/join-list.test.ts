import { describe, expect, it } from 'vitest'
import { joinList, joinPhrase } from './join-list'

describe('joinList', () => {
  it('lists names with "and" in English and commas in Korean', () => {
    const services = ['Order service', 'Stock service', 'Payment service']
    expect(joinList(services, 'en')).toBe('Order service, Stock service and Payment service')
    expect(joinList(services, 'ko')).toBe('Order service, Stock service, Payment service')
    expect(joinList(['Web'], 'en')).toBe('Web')
    expect(joinList(['a', 'b'], 'en')).toBe('a and b')
    expect(joinList(['a', 'b'], 'ko')).toBe('a, b')
    expect(joinList([], 'en')).toBe('')
    expect(joinList(['a', 'b'], 'en', 'or')).toBe('a or b')
  })

  it('joins two Korean subjects with 와/과 and keeps commas for more', () => {
    expect(joinPhrase(['앱', '로드밸런서'], 'ko')).toBe('앱과 로드밸런서')
    expect(joinPhrase(['앱', '데이터베이스', '캐시'], 'ko')).toBe('앱, 데이터베이스, 캐시')
  })
})
