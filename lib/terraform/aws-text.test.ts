import { describe, expect, it } from 'vitest'
import { toSgText, toTagValue } from './aws-text'

describe('toTagValue', () => {
  it('keeps letters of any script, digits and the punctuation AWS tags accept', () => {
    expect(toTagValue('주문 서비스 v2.1 (prod)', 'x')).toBe('주문 서비스 v2.1 prod')
    expect(toTagValue('a_b.c:d/e=f+g-h@i', 'x')).toBe('a_b.c:d/e=f+g-h@i')
  })

  it('turns quotes, newlines and template introducers into spaces', () => {
    expect(toTagValue('Order "v2"\nservice ${x}', 'x')).toBe('Order v2 service x')
  })

  it('falls back when nothing is left', () => {
    expect(toTagValue('"${}"', 'orders')).toBe('orders')
  })

  it('keeps accented letters written with combining marks', () => {
    expect(toTagValue('Cafe\u0301 주문', 'x')).toBe('Café 주문')
  })
})

describe('toSgText', () => {
  it('keeps the EC2 security group character set and escapes template introducers', () => {
    expect(toSgText('ALB-SG ${file("/etc/passwd")}', 'alb')).toBe('ALB-SG $${file( /etc/passwd )}')
    expect(toSgText('%{ if true }', 'alb')).toBe('{ if true }')
  })

  it('falls back for names written only in other scripts', () => {
    expect(toSgText('보안 그룹', 'app-sg')).toBe('app-sg')
  })
})
