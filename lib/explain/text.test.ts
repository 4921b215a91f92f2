import { describe, expect, it } from 'vitest'
import { joinTexts, listTexts, listWords, text } from './text'

describe('Text', () => {
  it('lists names with "and" in English and commas in Korean', () => {
    expect(listWords(['Order service', 'Stock service', 'Payment service'])).toEqual({
      en: 'Order service, Stock service and Payment service',
      ko: 'Order service, Stock service, Payment service',
    })
    expect(listWords(['Web'])).toEqual({ en: 'Web', ko: 'Web' })
    expect(listWords(['a', 'b'])).toEqual({ en: 'a and b', ko: 'a, b' })
    expect(listWords([])).toEqual({ en: '', ko: '' })
  })

  it('lists two-language phrases in each language', () => {
    expect(listTexts([text('ALB-SG', 'ALB-SG'), text('the bastion', '배스천'), text('ECS-SG', 'ECS-SG')])).toEqual({
      en: 'ALB-SG, the bastion and ECS-SG',
      ko: 'ALB-SG, 배스천, ECS-SG',
    })
  })

  it('joins sentences in each language and skips the missing ones', () => {
    expect(joinTexts([text('A.', '가.'), null, false, text('B.', '나.')])).toEqual({ en: 'A. B.', ko: '가. 나.' })
  })
})
