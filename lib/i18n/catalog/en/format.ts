import { plural } from '../../plural'
import type { Messages } from '../define'
import type { FormatReason } from '../format-reasons'

/** The formatters' words in English: money with its sign before the digits, durations in words, ms after a space. */
export const format: Messages<FormatReason> = {
  'format.won': ({ krw }) => krw,
  'format.dollars': ({ usd }) => usd,
  'format.duration-hours': ({ hours }) => `${hours} hours`,
  'format.duration-minutes': ({ minutes, count }) => `${minutes} ${plural('en', count, { one: 'minute', other: 'minutes' })}`,
  'format.short-hours': ({ hours }) => `${hours} h`,
  'format.short-minutes': ({ minutes }) => `${minutes} min`,
  'format.unbounded': () => 'unbounded',
  'format.ms': ({ ms }) => `${ms} ms`,
  'format.overloaded': () => 'overloaded',
}
