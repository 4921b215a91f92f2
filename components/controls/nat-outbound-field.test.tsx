// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { mount } from '@/components/pseudo-locale/mount'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import type { Scenario } from '@/lib/model'
import { ControlPanel } from './control-panel'

/** The stated NAT outbound figure as the store holds it. */
function Probe() {
  const gb = useDashboardStore((s) => s.scenario.requirements.traffic.natOutboundGbPerMonth)
  return <output data-testid="gb">{gb === undefined ? 'unset' : String(gb)}</output>
}

async function renderPanel(scenario: Scenario) {
  return mount(
    <LocaleProvider initial="en">
      <DashboardStoreProvider initial={{ scenario, presetId: null, ui: {} }}>
        <ControlPanel />
        <Probe />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
}

const fieldNamed = (root: HTMLElement, name: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === name)
  return label ? root.ownerDocument.getElementById(label.htmlFor) as HTMLInputElement : null
}

describe('the "NAT outbound traffic" control', () => {
  it('shows an unstated figure as empty, "not stated", and states it when a number is entered', async () => {
    const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
    delete scenario.requirements.traffic.natOutboundGbPerMonth
    const panel = await renderPanel(scenario)
    try {
      const input = fieldNamed(panel.container, 'NAT outbound traffic')!
      expect(input.value).toBe('')
      expect(input.placeholder).toBe('not stated')
      act(() => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '25')
        input.dispatchEvent(new Event('input', { bubbles: true }))
      })
      act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })))
      expect(panel.container.querySelector('[data-testid="gb"]')!.textContent).toBe('25')
    } finally {
      panel.unmount()
    }
  })

  it('is not offered without a NAT gateway (a NAT instance or none bills no data processing)', async () => {
    const panel = await renderPanel(structuredClone(findPreset('mau-1m')!.scenario))
    try {
      expect(fieldNamed(panel.container, 'NAT outbound traffic')).toBeNull()
    } finally {
      panel.unmount()
    }
  })
})
