import type { ReportReason } from './report-reasons'
import { report as en } from './en/report'
import { report as ko } from './ko/report'
import { speaker } from './speaker'

/** The Markdown report's headings and columns, without the rest of the catalog. */
export const sayReport = speaker<ReportReason>({ en, ko })
