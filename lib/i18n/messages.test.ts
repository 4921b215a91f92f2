import { describe, expect, it } from 'vitest'
import { allMessageKeys, translate } from './messages'
import { formatKrw, formatUsd } from './format'

describe('messages', () => {
  it('has a Korean text for every English one, and none left in English by mistake', () => {
    for (const key of allMessageKeys()) {
      expect(translate('ko', key), key).toBeTruthy()
      if (!/Terraform|Multi-AZ|Fargate|NAT|PNG|SVG|p95|DB/.test(translate('en', key))) expect(translate('ko', key), key).not.toBe(translate('en', key))
    }
  })
})

describe('currency formatting', () => {
  it('writes won and dollars the way each locale does', () => {
    expect(formatKrw(261131, 'en')).toBe('₩261,131')
    expect(formatKrw(261131, 'ko')).toBe('₩261,131')
    expect(formatUsd(200.87, 'en')).toBe('$200.87')
    expect(formatUsd(200.87, 'ko')).toBe('US$200.87')
  })
})
