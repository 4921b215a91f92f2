import type { Reason } from '../../explain/reason'

/**
 * The words lib/i18n/format.ts puts around its numbers: units a reader says (원, 달러, minutes,
 * hours, ms) and the two states a figure can be in instead of a number (overloaded, unbounded).
 * The digits arrive already grouped by Intl in the reader's language; counts arrive raw for plurals.
 */
type Format<Code extends string, Params extends object = Record<string, never>> = Reason<`format.${Code}`, Params>

export type FormatReason =
  | Format<'won', { krw: string; digits: string }>
  | Format<'dollars', { usd: string; digits: string }>
  | Format<'duration-hours', { hours: string }>
  | Format<'duration-minutes', { minutes: string; count: number }>
  | Format<'short-hours', { hours: string }>
  | Format<'short-minutes', { minutes: string }>
  | Format<'unbounded'>
  | Format<'ms', { ms: string }>
  | Format<'overloaded'>
