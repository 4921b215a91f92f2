import type { CliReportReason } from './cli-report-reasons'
import { cliReport as en } from './en/cli-report'
import { cliReport as ko } from './ko/cli-report'
import { speaker } from './speaker'

/** The CLI text report's own words, without the rest of the catalog. */
export const sayCliReport = speaker<CliReportReason>({ en, ko })
