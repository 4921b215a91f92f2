import { describe, expect, it } from 'vitest'
import { localeFromAcceptLanguage } from './accept-language'
import { resolveLocale } from './resolve-locale'

describe('localeFromAcceptLanguage', () => {
  it('picks Korean for a Korean browser that also accepts English', () => {
    expect(localeFromAcceptLanguage('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko')
  })

  it('picks English when the first choice is a language ArchDeck does not speak', () => {
    expect(localeFromAcceptLanguage('fr-FR,en;q=0.5')).toBe('en')
  })

  it('ranks by q-value before order', () => {
    expect(localeFromAcceptLanguage('en;q=0.4, ko;q=0.7')).toBe('ko')
    expect(localeFromAcceptLanguage('ko;q=0.5, en;q=0.5')).toBe('ko')
    expect(localeFromAcceptLanguage('EN-us ;Q=1 , ko')).toBe('en')
  })

  it('never chooses a language the browser refuses (q=0) or the wildcard', () => {
    expect(localeFromAcceptLanguage('ko;q=0, en;q=0.1')).toBe('en')
    expect(localeFromAcceptLanguage('*')).toBeUndefined()
    expect(localeFromAcceptLanguage('fr, de;q=0.9')).toBeUndefined()
  })

  it('skips malformed entries and never throws', () => {
    expect(localeFromAcceptLanguage('ko;q=abc, en;q=0.3')).toBe('en')
    expect(localeFromAcceptLanguage('ko;q=2, en;q=')).toBeUndefined()
    expect(localeFromAcceptLanguage(';;,,,;q=,-,ko-')).toBe('ko')
    for (const header of ['', ',', ';', 'q=1', '=', '-;q=0.5', '\u0000', null, undefined]) {
      expect(() => localeFromAcceptLanguage(header)).not.toThrow()
    }
    expect(localeFromAcceptLanguage('')).toBeUndefined()
    expect(localeFromAcceptLanguage(null)).toBeUndefined()
  })
})

describe('resolveLocale', () => {
  it('takes ?lang= first, then the cookie, then Accept-Language, then English', () => {
    expect(resolveLocale('en', 'ko', 'ko')).toBe('en')
    expect(resolveLocale(undefined, 'en', 'ko-KR,ko;q=0.9')).toBe('en')
    expect(resolveLocale(undefined, undefined, 'ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko')
    expect(resolveLocale(['xx'], 'zz', 'fr-FR,en;q=0.5')).toBe('en')
    expect(resolveLocale(undefined, undefined, 'de')).toBe('en')
    expect(resolveLocale(undefined, undefined)).toBe('en')
  })
})
