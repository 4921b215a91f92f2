import type { Messages } from '../define'
import type { FormatReason } from '../format-reasons'

/** The formatters' words in Korean: the unit after the number, as a Korean CFO reads it (261,131원, 200.87달러, 2시간). */
export const format: Messages<FormatReason> = {
  'format.won': ({ digits }) => `${digits}원`,
  'format.dollars': ({ digits }) => `${digits}달러`,
  'format.duration-hours': ({ hours }) => `${hours}시간`,
  'format.duration-minutes': ({ minutes }) => `${minutes}분`,
  'format.short-hours': ({ hours }) => `${hours}시간`,
  'format.short-minutes': ({ minutes }) => `${minutes}분`,
  'format.unbounded': () => '기약 없음',
  'format.ms': ({ ms }) => `${ms}ms`,
  'format.overloaded': () => '과부하',
}
