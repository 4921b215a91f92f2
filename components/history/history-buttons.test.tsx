// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoreApi } from 'zustand'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { click, mount, settle, type Mounted } from '@/components/pseudo-locale/mount'
import { useDashboardStoreApi, type DashboardState } from '@/components/store/dashboard-store'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { initialStateFor } from '@/components/store/initial-state'
import type { Locale } from '@/lib/i18n/locale'
import { HistoryButtons } from './history-buttons'
import { LazyHistoryButtons } from './lazy-history-buttons'

let page: Mounted | null = null
afterEach(() => {
  page?.unmount()
  page = null
})

/** The buttons beside a text field and a checkbox, as in the dashboard's header and controls. */
async function render(locale: Locale = 'en'): Promise<{ store: StoreApi<DashboardState>; button: (name: string) => HTMLButtonElement }> {
  let store: StoreApi<DashboardState> | null = null
  function Store() {
    store = useDashboardStoreApi()
    return null
  }
  page = await mount(
    <LocaleProvider initial={locale}>
      <DashboardStoreProvider initial={initialStateFor()}>
        <HistoryButtons />
        <input aria-label="Budget" />
        <textarea aria-label="Notes" />
        <select aria-label="Preset" />
        <div contentEditable aria-label="Title" />
        <input type="checkbox" aria-label="Multi-AZ" />
        <Store />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
  const button = (name: string) => page!.container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!
  return { store: store!, button }
}

const budget = (store: StoreApi<DashboardState>) => store.getState().scenario.requirements.budget.monthly

function press(target: Element, key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, bubbles: true, cancelable: true, ...modifiers })
  act(() => void target.dispatchEvent(event))
  return event.defaultPrevented
}

describe('the Undo and Redo buttons', () => {
  it('are named Undo and Redo, disabled with nothing to undo or redo', async () => {
    const { button } = await render()
    expect(button('Undo').disabled).toBe(true)
    expect(button('Redo').disabled).toBe(true)
    expect(button('Undo').title).toBe('Nothing to undo (Ctrl+Z)')
    expect(button('Redo').title).toBe('Nothing to redo (Ctrl+Shift+Z)')
  })

  it('undo and redo the last change, and their titles name it', async () => {
    const { store, button } = await render()
    const first = budget(store)
    act(() => store.getState().setBudget(first + 100))
    expect(button('Undo').disabled).toBe(false)
    expect(button('Undo').title).toBe('Undo Monthly budget (Ctrl+Z)')
    await click(button('Undo'))
    expect(budget(store)).toBe(first)
    expect(button('Undo').disabled).toBe(true)
    expect(button('Redo').title).toBe('Redo Monthly budget (Ctrl+Shift+Z)')
    await click(button('Redo'))
    expect(budget(store)).toBe(first + 100)
    expect(button('Redo').disabled).toBe(true)
  })

  it('load just after the page in the header, keeping their room until then', async () => {
    page = await mount(
      <LocaleProvider initial="en">
        <DashboardStoreProvider initial={initialStateFor()}>
          <LazyHistoryButtons />
        </DashboardStoreProvider>
      </LocaleProvider>,
    )
    await settle()
    expect([...page.container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual(['Undo', 'Redo'])
  })

  it('speak Korean in Korean', async () => {
    const { store, button } = await render('ko')
    act(() => store.getState().loadPreset('mau-1m'))
    expect(button('실행 취소').title).toBe('실행 취소: 프리셋 변경 (Ctrl+Z)')
    expect(button('다시 실행').title).toBe('다시 실행할 작업이 없습니다 (Ctrl+Shift+Z)')
  })
})

describe('the keyboard', () => {
  it('undoes with Ctrl+Z or Cmd+Z, redoes with Shift+Ctrl+Z, Shift+Cmd+Z or Ctrl+Y', async () => {
    const { store } = await render()
    const first = budget(store)
    act(() => store.getState().setBudget(first + 1))
    const edited = budget(store)
    expect(press(document.body, 'z', { ctrlKey: true })).toBe(true)
    expect(budget(store)).toBe(first)
    expect(press(document.body, 'Z', { ctrlKey: true, shiftKey: true })).toBe(true)
    expect(budget(store)).toBe(edited)
    press(document.body, 'z', { metaKey: true })
    expect(budget(store)).toBe(first)
    press(document.body, 'z', { metaKey: true, shiftKey: true })
    expect(budget(store)).toBe(edited)
    press(document.body, 'z', { ctrlKey: true })
    press(document.body, 'y', { ctrlKey: true })
    expect(budget(store)).toBe(edited)
  })

  it('finds the Z key on a Korean layout, and leaves other keys alone', async () => {
    const { store } = await render()
    const first = budget(store)
    act(() => store.getState().setBudget(first + 1))
    expect(press(document.body, 'z')).toBe(false)
    expect(press(document.body, 'y', { metaKey: true })).toBe(false)
    expect(budget(store)).toBe(first + 1)
    const korean = new KeyboardEvent('keydown', { key: 'ㅋ', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true })
    act(() => void document.body.dispatchEvent(korean))
    expect(budget(store)).toBe(first)
  })

  it('leaves Ctrl+Z to the browser in a text field, a text area, a select and editable text, but not on a checkbox', async () => {
    const { store } = await render()
    const first = budget(store)
    act(() => store.getState().setBudget(first + 1))
    for (const label of ['Budget', 'Notes', 'Preset', 'Title']) {
      expect(press(page!.container.querySelector(`[aria-label="${label}"]`)!, 'z', { ctrlKey: true }), label).toBe(false)
      expect(budget(store), label).toBe(first + 1)
    }
    expect(press(page!.container.querySelector('[aria-label="Multi-AZ"]')!, 'z', { ctrlKey: true })).toBe(true)
    expect(budget(store)).toBe(first)
  })
})
