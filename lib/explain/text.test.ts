import { describe, expect, it } from 'vitest'
import { joinTexts, listWords, text } from './text'

describe('Text', () => {
  it('lists names with "and" in English and commas in Korean', () => {
    expect(listWords(['Order service', 'Stock service', 'Payment service'])).toEqual({
      en: 'Order service, Stock service and Payment service',
      ko: 'Order service, Stock service, Payment service',
    })
    expect(listWords(['Web'])).toEqual({ en: 'Web', ko: 'Web' })
  })

  it('joins sentences in each language and skips the missing ones', () => {
    expect(joinTexts([text('A.', '가.'), null, false, text('B.', '나.')])).toEqual({ en: 'A. B.', ko: '가. 나.' })
  })
})
