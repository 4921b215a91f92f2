import type { CliImportReason } from './cli-import-reasons'
import { cliImport as en } from './en/cli-import'
import { cliImport as ko } from './ko/cli-import'
import { speaker } from './speaker'

/** `archdeck import`'s own words, without the rest of the catalog. */
export const sayCliImport = speaker<CliImportReason>({ en, ko })
