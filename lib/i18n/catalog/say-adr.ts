import type { AdrReason } from './adr-reasons'
import { adr as en } from './en/adr'
import { adr as ko } from './ko/adr'
import { speaker } from './speaker'

/** Decision records' Markdown words, without the rest of the catalog. */
export const sayAdr = speaker<AdrReason>({ en, ko })
