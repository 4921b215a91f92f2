// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { Providers } from '@/components/providers'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { answerStakeholders } from '@/components/views/stakeholder-answers'
import { mount } from '@/components/pseudo-locale/mount'
import { evaluateScenario } from '@/lib/evaluate'
import { setNatGateways, type Scenario } from '@/lib/model'
import { KpiStrip } from './kpi-strip'
import { StakeholderTabs } from '@/components/views/stakeholder-tabs'

/** SwiftLogix with "NAT gateways: None" and no VPC endpoints: its private tasks cannot pull images. */
function withoutEgress(): Scenario {
  const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  return { ...scenario, config: setNatGateways(scenario.config, 0) }
}

async function renderStrip(scenario: Scenario, locale: 'en' | 'ko') {
  return mount(
    <LocaleProvider initial={locale}>
      <Providers>
        <DashboardStoreProvider initial={{ scenario, presetId: null, ui: {} }}>
          <KpiStrip />
        </DashboardStoreProvider>
      </Providers>
    </LocaleProvider>,
  )
}

describe('a design that cannot start', () => {
  it('says "Cannot run" above the KPIs, with each reason, and shows recovery and p95 as "Cannot start"', async () => {
    const strip = await renderStrip(withoutEgress(), 'en')
    try {
      const banner = strip.container.querySelector('[data-testid="design-blocked"]')!
      expect(banner.textContent).toMatch(/^Cannot run: 3 problems stop this design from starting/)
      expect(banner.querySelectorAll('li')).toHaveLength(3)
      expect(strip.container.querySelector('[data-testid="kpi-recovery-coverage"]')!.textContent).toContain('Cannot start')
      expect(strip.container.querySelector('[data-testid="kpi-p95-latency"]')!.textContent).toContain('Cannot start')
      expect(strip.container.querySelector('[data-testid="kpi-p95-latency"]')!.textContent).toContain('not running')
      // No card keeps a green edge.
      expect(strip.container.querySelector('.border-l-emerald-500')).toBeNull()
    } finally {
      strip.unmount()
    }
  })

  it('says it in Korean too', async () => {
    const strip = await renderStrip(withoutEgress(), 'ko')
    try {
      expect(strip.container.querySelector('[data-testid="design-blocked"]')!.textContent).toMatch(/^실행 불가/)
    } finally {
      strip.unmount()
    }
  })

  it('gives no stakeholder a green verdict', () => {
    const scenario = withoutEgress()
    const answers = answerStakeholders({ scenario, evaluation: evaluateScenario(scenario) }, 'en')
    expect(answers.map((a) => a.verdict)).not.toContain('good')
    // Recovery, capacity and latency depend on the design running at all.
    expect(answers.filter((a) => ['ops', 'business', 'cto'].includes(a.tab)).every((a) => a.verdict === 'bad')).toBe(true)
  })

  it('greys every stakeholder tab under a note that none of its answers holds today', async () => {
    const scenario = withoutEgress()
    const tabs = await mount(
      <LocaleProvider initial="en">
        <StakeholderTabs scenario={scenario} evaluation={evaluateScenario(scenario)} tab="ops" onTabChange={() => {}} />
      </LocaleProvider>,
    )
    try {
      expect(tabs.container.querySelector('[data-testid="views-cannot-start"]')!.textContent).toMatch(/^This design cannot start/)
      expect(tabs.container.querySelector('[role="tabpanel"] .grayscale')).not.toBeNull()
    } finally {
      tabs.unmount()
    }
  })

  it('leaves a runnable design without the banner', async () => {
    const strip = await renderStrip(structuredClone(findPreset('swiftlogix')!.scenario), 'en')
    try {
      expect(strip.container.querySelector('[data-testid="design-blocked"]')).toBeNull()
    } finally {
      strip.unmount()
    }
  })
})
