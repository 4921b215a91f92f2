import { z } from 'zod'

export const LocaleSchema = z.enum(['en', 'ko'])
export type Locale = z.infer<typeof LocaleSchema>
export const LOCALES = LocaleSchema.options

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' }

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale]
}

/** Where the chosen language is kept: a cookie for server renders, localStorage for client-only pages. */
export const LOCALE_COOKIE = 'archdeck-locale'
export const LOCALE_STORAGE_KEY = 'archdeck:locale'
