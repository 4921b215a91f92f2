import type { Reason } from '../../explain/reason'
import type { HistoryStep } from './notice-reasons'

/** The Undo and Redo buttons (components/history). `mac`: the shortcut as a Mac keyboard writes it. */
type History<Code extends string, Params extends object = Record<string, never>> = Reason<`history.${Code}`, Params>

export type HistoryReason =
  | History<'undo'>
  | History<'redo'>
  | History<'undo-title', { step: HistoryStep | null; mac: boolean }>
  | History<'redo-title', { step: HistoryStep | null; mac: boolean }>
