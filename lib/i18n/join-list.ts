import { withJosa } from './josa'
import type { Locale } from './locale'

/**
 * A list inside a sentence. English: "a, b and c" (or "a, b or c"); Korean separates with commas
 * and leaves the conjunction to the sentence: "앱, 데이터베이스, 로드밸런서".
 */
export function joinList(items: readonly string[], locale: Locale, conjunction: 'and' | 'or' = 'and'): string {
  if (locale === 'ko' || items.length <= 1) return items.join(', ')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}

/**
 * The subject of a Korean sentence reads better joined with 와/과 when there are two:
 * "앱과 로드밸런서는"; longer lists keep commas. English is the same as joinList.
 */
export function joinPhrase(items: readonly string[], locale: Locale): string {
  if (locale === 'ko' && items.length === 2) return `${withJosa(items[0]!, '과/와')} ${items[1]}`
  return joinList(items, locale)
}
