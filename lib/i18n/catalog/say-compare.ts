import type { CompareReason } from '../../compare/compare-reasons'
import type { ConfigChange } from '../../compare/types'
import type { Locale } from '../locale'
import { compare as en } from './en/compare'
import { compare as ko } from './ko/compare'
import { speaker } from './speaker'

/** The comparison's words (diff settings, values, effects, winners' reasons), without the rest of the catalog. */
export const sayCompare = speaker<CompareReason>({ en, ko })

/**
 * A config change's row in words; a side without one plain value is ''.
 * changeWords('en', multiAzOn) → { label: 'Database Multi-AZ', from: 'off', to: 'on', effects: ['+$15.44/month', …] }.
 */
export function changeWords(locale: Locale, change: ConfigChange): { label: string; from: string; to: string; effects: string[] } {
  const side = (value: ConfigChange['from']) => (value === null ? '' : sayCompare(locale, value))
  return { label: sayCompare(locale, change.label), from: side(change.from), to: side(change.to), effects: change.effects.map((e) => sayCompare(locale, e)) }
}
