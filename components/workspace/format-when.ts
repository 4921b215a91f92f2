import { intlLocale, type Locale } from '@/lib/i18n'

/** "Nov 24, 3:12 AM" / "11월 24일 오전 3:12": when a version was saved, in the reader's time zone. */
export function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso))
}

/** "Nov 24, 2026" for decision dates. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso))
}
