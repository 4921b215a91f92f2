import type { Locale } from '@/lib/i18n'
import { viewWords } from './view-words'

/** ['a'] → 'a'; ['a', 'b'] → 'a and b'; ['a', 'b', 'c'] → 'a, b and c' (in Korean: 'a, b, c'). */
export function joinWords(words: readonly string[], locale: Locale): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')}${viewWords(locale).and}${words[words.length - 1]}`
}
