/** Which history action a key press asks for, and where the browser's own undo applies instead. No React here. */

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/**
 * Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo (the Windows habit; Cmd+Y is the browser's
 * history on a Mac). The letter is the key's own when it is Latin, else the key's place (a Korean
 * layout types ㅋ on the Z key).
 * historyKeyAction({ key: 'z', code: 'KeyZ', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }) → 'undo'
 */
export function historyKeyAction(press: KeyPress): 'undo' | 'redo' | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null
  const letter = /^[a-z]$/i.test(press.key) ? press.key.toLowerCase() : press.code.replace(/^Key/, '').toLowerCase()
  if (letter === 'z') return press.shiftKey ? 'redo' : 'undo'
  if (letter === 'y' && press.ctrlKey && !press.metaKey && !press.shiftKey) return 'redo'
  return null
}

/** Inputs that take typing (not a checkbox, radio, range or button): their own undo is the browser's. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image'])

/** True when focus is where the browser's own undo applies: a text field, a select, or editable content. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type)
  if (target instanceof HTMLElement && target.isContentEditable) return true
  return target.closest('textarea,select,[contenteditable]:not([contenteditable="false"])') !== null
}
