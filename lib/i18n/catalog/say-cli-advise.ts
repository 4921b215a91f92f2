import type { CliAdviseReason } from './cli-advise-reasons'
import { cliAdvise as en } from './en/cli-advise'
import { cliAdvise as ko } from './ko/cli-advise'
import { speaker } from './speaker'

/** `archdeck advise`'s own words, without the rest of the catalog. */
export const sayCliAdvise = speaker<CliAdviseReason>({ en, ko })
