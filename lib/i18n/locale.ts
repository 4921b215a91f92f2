import { z } from 'zod'

export const LocaleSchema = z.enum(['en', 'ko'])
export type Locale = z.infer<typeof LocaleSchema>
export const LOCALES = LocaleSchema.options

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' }

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale]
}

/** "₩261,131" in either language; KRW has no minor unit. */
export function formatKrw(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(value)
}

/** "$200.87" / "US$200.87" as the locale writes dollars. */
export function formatUsd(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value)
}

/** Where the chosen language is kept: a cookie for server renders, localStorage for client-only pages. */
export const LOCALE_COOKIE = 'archdeck-locale'
export const LOCALE_STORAGE_KEY = 'archdeck:locale'
