import type { Messages } from '../define'
import type { HistoryReason } from '../history-reasons'
import { STEPS } from './notice'

const UNDO_KEYS = (mac: boolean) => (mac ? '⌘Z' : 'Ctrl+Z')
const REDO_KEYS = (mac: boolean) => (mac ? '⇧⌘Z' : 'Ctrl+Shift+Z')

/** The Undo and Redo buttons in English; a step is named as the notice names it ("Undid: …"). */
export const history: Messages<HistoryReason> = {
  'history.undo': () => 'Undo',
  'history.redo': () => 'Redo',
  'history.undo-title': ({ step, mac }) => `${step === null ? 'Nothing to undo' : `Undo ${STEPS[step]}`} (${UNDO_KEYS(mac)})`,
  'history.redo-title': ({ step, mac }) => `${step === null ? 'Nothing to redo' : `Redo ${STEPS[step]}`} (${REDO_KEYS(mac)})`,
}
