import type { Messages } from '../define'
import type { HistoryReason } from '../history-reasons'
import { STEPS } from './notice'

const UNDO_KEYS = (mac: boolean) => (mac ? '⌘Z' : 'Ctrl+Z')
const REDO_KEYS = (mac: boolean) => (mac ? '⇧⌘Z' : 'Ctrl+Shift+Z')

/** 실행 취소와 다시 실행 버튼. 단계 이름은 알림("실행 취소: …")과 같습니다. */
export const history: Messages<HistoryReason> = {
  'history.undo': () => '실행 취소',
  'history.redo': () => '다시 실행',
  'history.undo-title': ({ step, mac }) => `${step === null ? '실행 취소할 작업이 없습니다' : `실행 취소: ${STEPS[step]}`} (${UNDO_KEYS(mac)})`,
  'history.redo-title': ({ step, mac }) => `${step === null ? '다시 실행할 작업이 없습니다' : `다시 실행: ${STEPS[step]}`} (${REDO_KEYS(mac)})`,
}
