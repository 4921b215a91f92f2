import { describe, expect, it } from 'vitest'
import { ui as enUi } from './catalog/en/ui'
import { uiWords, type UiKey } from './messages'
import { englishLeftIn } from './catalog/testing/english-left-in'
import { formatKrw, formatUsd } from './format'

describe('the dashboard words', () => {
  it('has a Korean text for every English one, and none left in English by mistake', () => {
    const en = uiWords('en')
    const ko = uiWords('ko')
    // Every key with variables gets sample ones; the rest take none.
    const params = { fileName: 'plan.json', region: 'us-east-1', status: 500, date: '2026-11-22' }
    for (const key of Object.keys(enUi).map((code) => code.slice('ui.'.length) as UiKey)) {
      const english = (en as (key: string, params: object) => string)(key, params)
      const korean = (ko as (key: string, params: object) => string)(key, params)
      expect(korean, key).toBeTruthy()
      if (!/^(Terraform|Multi-AZ|Fargate|NAT|PNG|SVG|p95|DB|USD|ms$)/.test(english)) expect(korean, key).not.toBe(english)
      expect(englishLeftIn(korean, Object.values(params).map(String)), key).toEqual([])
    }
  })

  it('keeps the labels the browser journeys find controls by', () => {
    expect(uiWords('en')('header.preset')).toBe('Preset')
    expect(uiWords('en')('header.exportTerraform')).toBe('Export Terraform')
    expect(uiWords('ko')('prices.title', { region: 'ap-northeast-2' })).toBe('단가표 — ap-northeast-2')
  })

  it('names each language in that language', () => {
    expect(uiWords('en')('language.ownName')).toBe('English')
    expect(uiWords('ko')('language.ownName')).toBe('한국어')
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
