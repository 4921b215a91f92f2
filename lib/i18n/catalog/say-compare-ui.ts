import type { CompareUiReason } from './compare-ui-reasons'
import { compareUi as en } from './en/compare-ui'
import { compareUi as ko } from './ko/compare-ui'
import { speaker } from './speaker'

/** The compare page's own words (headings, labels, legends, notices), without the rest of the catalog. */
export const sayCompareUi = speaker<CompareUiReason>({ en, ko })
