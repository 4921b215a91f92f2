// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { Providers } from '@/components/providers'
import { createDashboardStore, DashboardStoreContext } from '@/components/store/dashboard-store'
import { mount, settle } from '@/components/pseudo-locale/mount'
import { evaluateScenario } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import { BudgetExplanation } from './kpi-explanations'

const swiftlogix = findPreset('swiftlogix')!.scenario

async function renderPopover(scenario: Scenario, locale: 'en' | 'ko') {
  const store = createDashboardStore({ scenario, presetId: 'swiftlogix', ui: {} })
  const Popover = () => <BudgetExplanation cost={evaluateScenario(store.getState().scenario).cost} />
  const mounted = await mount(
    <LocaleProvider initial={locale}>
      <Providers>
        <DashboardStoreContext.Provider value={store}>
          <Popover />
        </DashboardStoreContext.Provider>
      </Providers>
    </LocaleProvider>,
  )
  const button = (name: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === name)
  const click = async (element: HTMLElement) => {
    await act(async () => element.click())
    // The answer comes a frame after the click, once "Finding…" has painted.
    for (let round = 0; round < 100 && mounted.container.querySelector('[role="status"]'); round++) await settle()
  }
  return { ...mounted, store, button, click }
}

describe('the Budget popover: Fit the budget', () => {
  it('keeps the arithmetic, finds the options on the click, and Apply adopts one as one undoable step', async () => {
    const popover = await renderPopover(swiftlogix, 'en')
    try {
      expect(popover.container.textContent).toContain('Budget check')
      // Nothing is computed until asked.
      expect(popover.container.querySelector('[data-testid="fit-budget-options"]')).toBeNull()
      await popover.click(popover.button('Fit the budget')!)
      const options = [...popover.container.querySelectorAll('[data-testid="fit-budget-option"]')]
      expect(options.length).toBeGreaterThanOrEqual(1)
      const first = options[0]!.textContent!
      expect(first).toContain('−₩113,126/month → ₩148,005')
      expect(first).toContain('NAT: one shared NAT gateway → NAT instance (t3.nano)')
      expect(first).toContain('Fargate task size: 0.5 vCPU / 1 GB → 0.25 vCPU / 0.5 GB')
      expect(first).toContain('every failure recovers as before · p95 at peak 83 ms → 91 ms')
      expect(popover.container.textContent).toContain('Budget check')

      await popover.click(options[0]!.querySelector('button')!)
      const { scenario, history } = popover.store.getState()
      expect(scenario.config.network.nat.mode).toBe('instance')
      expect(evaluateScenario(scenario).cost.monthlyKrw).toBeLessThanOrEqual(150_000)
      expect(history.past).toHaveLength(1)
      let undone = false
      await act(async () => void (undone = popover.store.getState().undo()))
      expect(undone).toBe(true)
      expect(popover.store.getState().scenario).toBe(swiftlogix)
    } finally {
      popover.unmount()
    }
  })

  it('says so in Korean, and says there is nothing to cut within budget', async () => {
    const popover = await renderPopover(swiftlogix, 'ko')
    try {
      await popover.click(popover.button('예산에 맞추기')!)
      const first = popover.container.querySelector('[data-testid="fit-budget-option"]')!.textContent!
      expect(first).toContain('월 −₩113,126 → ₩148,005')
      expect(first).toContain('피크 p95 83ms → 91ms')
      expect(popover.button('적용')).toBeDefined()
    } finally {
      popover.unmount()
    }
    const roomy = { ...swiftlogix, requirements: { ...swiftlogix.requirements, budget: { ...swiftlogix.requirements.budget, monthly: 300_000 } } }
    const within = await renderPopover(roomy, 'en')
    try {
      await within.click(within.button('Fit the budget')!)
      expect(within.container.textContent).toContain('Within budget: nothing to cut.')
      expect(within.container.querySelector('[data-testid="fit-budget-options"]')).toBeNull()
    } finally {
      within.unmount()
    }
  })
})
