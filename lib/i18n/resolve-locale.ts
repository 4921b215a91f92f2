import { LocaleSchema, type Locale } from './locale'

/** `?lang=` wins, then the language the visitor chose before (cookie), then English. */
export function resolveLocale(param: string | string[] | undefined, cookie: string | undefined): Locale {
  const fromParam = LocaleSchema.safeParse(Array.isArray(param) ? param[0] : param)
  if (fromParam.success) return fromParam.data
  const fromCookie = LocaleSchema.safeParse(cookie)
  return fromCookie.success ? fromCookie.data : 'en'
}
