'use client'

import { useEffect } from 'react'

type SlideKeyActions = { next: () => void; previous: () => void; first: () => void; last: () => void; exit: () => void }

/** Space and Enter belong to a focused control; arrows and paging keys always move the deck. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, input, select, textarea, [contenteditable="true"]') !== null
}

/**
 * The presenter's keys: → Space PageDown next, ← PageUp previous, Home and End, Esc leaves.
 * Keys with Ctrl, Alt or Meta are left to the browser (Ctrl+P prints, Alt+← goes back).
 */
export function useSlideKeys(actions: SlideKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return
      const action = (() => {
        switch (event.key) {
          case 'ArrowRight':
          case 'PageDown':
            return actions.next
          case ' ':
          case 'Spacebar':
            if (isControl(event.target)) return null
            return event.shiftKey ? actions.previous : actions.next
          case 'ArrowLeft':
          case 'PageUp':
            return actions.previous
          case 'Home':
            return actions.first
          case 'End':
            return actions.last
          case 'Escape':
            return actions.exit
          default:
            return null
        }
      })()
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions])
}
