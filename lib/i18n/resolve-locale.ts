import { localeFromAcceptLanguage } from './accept-language'
import { LocaleSchema, type Locale } from './locale'

/** `?lang=` wins, then the language the visitor chose before (cookie), then the browser's `Accept-Language`, then English. */
export function resolveLocale(param: string | string[] | undefined, cookie: string | undefined, acceptLanguage?: string | null): Locale {
  const fromParam = LocaleSchema.safeParse(Array.isArray(param) ? param[0] : param)
  if (fromParam.success) return fromParam.data
  const fromCookie = LocaleSchema.safeParse(cookie)
  if (fromCookie.success) return fromCookie.data
  return localeFromAcceptLanguage(acceptLanguage) ?? 'en'
}
