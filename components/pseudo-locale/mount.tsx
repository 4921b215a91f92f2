import { act, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { hasPendingWork } from './pending-work'

// React asks test environments to say that updates are wrapped in act().
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** A client tree mounted in the jsdom document, as a browser would run it (effects, queries, lazy chunks). */
export type Mounted = { container: HTMLElement; unmount: () => void }

export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement('div')
  document.body.append(container)
  let root: Root | null = null
  await act(async () => {
    root = createRoot(container)
    root.render(element)
  })
  await settle()
  return {
    container,
    unmount: () => {
      act(() => root?.unmount())
      container.remove()
    },
  }
}

/**
 * Lets lazy chunks load, API requests answer and effects run: waits until nothing is pending and
 * the page has stopped changing (at most ~30 s, the first database open included).
 */
export async function settle(): Promise<void> {
  let last = ''
  for (let stable = 0, round = 0; stable < 3 && round < 1500; round++) {
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))))
    const now = document.body.innerHTML
    stable = now === last && !hasPendingWork() ? stable + 1 : 0
    last = now
  }
}

/** Clicks an element the way a user would, then lets the page settle. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click')
  await act(async () => void (element as HTMLElement).click())
  await settle()
}

/** Picks an option of a <select> as a user would (React listens to the change event). */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
    setter.call(select, value)
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle()
}

/** Types into a text field as a user would (React listens to the input event). */
export async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await settle()
}

/** Leaves a field as a user tabbing away would (React's onBlur listens to focusout). */
export async function leave(input: HTMLElement): Promise<void> {
  await act(async () => void input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })))
  await settle()
}
