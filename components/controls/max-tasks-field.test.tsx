// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { mount } from '@/components/pseudo-locale/mount'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { initialStateFor } from '@/components/store/initial-state'
import { MaxTasksField } from './max-tasks-field'

/** What the store holds after an edit: every service's maximum and the notice line. */
function Probe() {
  const maxes = useDashboardStore((s) => s.scenario.config.services.map((service) => service.count.max).join(','))
  const notice = useDashboardStore((s) => s.notice?.text ?? '')
  return (
    <>
      <output data-testid="maxes">{maxes}</output>
      <output data-testid="notice">{notice}</output>
    </>
  )
}

async function renderField(locale: 'en' | 'ko' = 'en') {
  return mount(
    <LocaleProvider initial={locale}>
      <DashboardStoreProvider initial={initialStateFor('swiftlogix')}>
        <MaxTasksField />
        <Probe />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
}

function enter(input: HTMLInputElement, value: string) {
  act(() => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setValue.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  })
}

describe('the "Max tasks per service" control', () => {
  it('is named "Max tasks per service" and shows the largest maximum (SwiftLogix: 14)', async () => {
    const field = await renderField()
    try {
      const input = field.container.querySelector<HTMLInputElement>('input')!
      expect(field.container.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Max tasks per service')
      expect(input.value).toBe('14')
    } finally {
      field.unmount()
    }
  })

  it('sets every service\'s autoscaling maximum and nothing else', async () => {
    const field = await renderField()
    try {
      enter(field.container.querySelector('input')!, '20')
      expect(field.container.querySelector('[data-testid="maxes"]')!.textContent).toBe('20,20,20')
      expect(field.container.querySelector('[data-testid="notice"]')!.textContent).toBe('')
    } finally {
      field.unmount()
    }
  })

  it('refuses a maximum below the services\' task count with the model\'s reason, keeping the work', async () => {
    const field = await renderField()
    try {
      enter(field.container.querySelector('input')!, '1')
      expect(field.container.querySelector('[data-testid="maxes"]')!.textContent).toBe('14,14,14')
      expect(field.container.querySelector('[data-testid="notice"]')!.textContent).toMatch(/^Max tasks per service was not applied: .*count\.max/s)
    } finally {
      field.unmount()
    }
  })

  it('has a Korean name', async () => {
    const field = await renderField('ko')
    try {
      const input = field.container.querySelector<HTMLInputElement>('input')!
      expect(field.container.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('서비스당 최대 태스크 수')
    } finally {
      field.unmount()
    }
  })
})
