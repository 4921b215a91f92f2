import { LOCALES, type Locale } from '@/lib/i18n/locale'

/**
 * One value per language, built once when the module loads: recharts must see the same shape and
 * tooltip components on every render, and a new language needs no edit here.
 */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>
}
