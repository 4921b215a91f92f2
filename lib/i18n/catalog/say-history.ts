import { history as en } from './en/history'
import { history as ko } from './ko/history'
import type { HistoryReason } from './history-reasons'
import { speaker } from './speaker'

/** The Undo and Redo buttons, without the rest of the catalog. */
export const sayHistory = speaker<HistoryReason>({ en, ko })
