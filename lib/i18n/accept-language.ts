import { LocaleSchema, type Locale } from './locale'

/**
 * The language ArchDeck speaks that the browser ranks highest in `Accept-Language`
 * (RFC 9110 §12.5.4: ranges by q-value, then by order), or undefined when none is ours.
 * `ko-KR` matches `ko`; `*` and `q=0` never choose; a malformed header or entry is skipped, never thrown on.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (typeof header !== 'string') return undefined
  const ranked = header
    .split(',')
    .map((entry, order) => ({ ...parseEntry(entry), order }))
    .filter((entry): entry is { locale: Locale; q: number; order: number } => entry.locale !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
  return ranked[0]?.locale
}

function parseEntry(entry: string): { locale: Locale | undefined; q: number } {
  const [range = '', ...params] = entry.split(';').map((part) => part.trim())
  const primary = range.split('-')[0]?.toLowerCase()
  const locale = LocaleSchema.safeParse(primary)
  return { locale: locale.success ? locale.data : undefined, q: qValue(params) }
}

/** `q=0.8` → 0.8; no q → 1; a q that is not a number in [0, 1] makes the entry count for nothing. */
function qValue(params: string[]): number {
  const q = params.find((param) => /^q\s*=/i.test(param))
  if (q === undefined) return 1
  const value = Number(q.slice(q.indexOf('=') + 1).trim() || NaN)
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0
}
