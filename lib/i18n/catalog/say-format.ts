import { format as en } from './en/format'
import type { FormatReason } from './format-reasons'
import { format as ko } from './ko/format'
import { speaker } from './speaker'

/** The formatters' own words, without the rest of the catalog. */
export const sayFormat = speaker<FormatReason>({ en, ko })
