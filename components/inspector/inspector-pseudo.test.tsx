// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { allowedFor } from '@/components/pseudo-locale/allowed-words'
import { expectOnlyCatalogWords } from '@/components/pseudo-locale/check-page'
import { collectSeen, type Seen } from '@/components/pseudo-locale/find-leaks'
import { click, leave, mount, type } from '@/components/pseudo-locale/mount'
import { speakPseudoForEnglish } from '@/components/pseudo-locale/pseudo-catalogs'
import { pseudoLocalize } from '@/lib/i18n/catalog/pseudo'

/**
 * What the pseudo-locale dashboard test cannot reach by clicking boxes: a security group's rules
 * and its rule form, the Add menu, a listener form, a refused edit. Every word must come from a catalog.
 */
beforeAll(async () => {
  await speakPseudoForEnglish()
})

async function render(presetId: string, selected: string) {
  const { LocaleProvider } = await import('@/components/i18n/locale-provider')
  const { DashboardStoreProvider } = await import('@/components/store/dashboard-store-provider')
  const { initialStateFor } = await import('@/components/store/initial-state')
  const { Inspector } = await import('./inspector')
  const { AddMenu } = await import('./add-menu')
  return mount(
    <LocaleProvider initial="en">
      <DashboardStoreProvider initial={{ ...initialStateFor(presetId), ui: { selectedNodeId: selected } }}>
        <AddMenu />
        <Inspector nodeId={selected} />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
}

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')]

describe.each(['swiftlogix', 'mau-1m'])('the inspector of %s in the pseudo-locale', (presetId) => {
  const scenario = findPreset(presetId)!.scenario
  const allowed = allowedFor([scenario])

  it('words every part\'s fields, a group\'s rules and forms, the Add menu and a refusal through the catalog', async () => {
    const config = scenario.config
    const seen: Seen[] = []
    const boxes = ['database', 'vpc', 'bastion', ...(config.cache ? ['cache'] : []), ...config.services.map((s) => `service:${s.id}`), ...config.loadBalancers.map((lb) => `alb:${lb.id}`), ...config.securityGroups.map((g) => `sg:${g.id}`)]
    for (const box of boxes) {
      const page = await render(presetId, box)
      try {
        const root = page.container
        // Open every form the part has (Add rule, Add listener, the Add menu) before reading.
        const opensAForm = (b: HTMLButtonElement) => [pseudoLocalize('Add rule'), pseudoLocalize('Add listener')].includes(b.textContent ?? '')
        for (const b of buttons(root).filter((b) => b.getAttribute('aria-haspopup') === 'menu' || opensAForm(b))) await click(b)
        seen.push(...collectSeen(root, `inspector ${presetId} › ${box}`))
        const number = root.querySelector<HTMLInputElement>('[data-testid="inspector"] input[inputmode="decimal"]')
        if (number) {
          await type(number, '-5')
          await leave(number)
          await type(number, 'abc')
          await leave(number)
          seen.push(...collectSeen(root, `inspector ${presetId} › ${box} (wrong number)`))
        }
      } finally {
        page.unmount()
      }
    }
    expect(seen.some((s) => s.where.includes('wrong number')), 'a refusal was tried').toBe(true)
    expect(seen.some((s) => s.text === pseudoLocalize('Save rule')), 'a rule form was open').toBe(true)
    expect(seen.some((s) => s.text === pseudoLocalize('Not applied:')), 'a refusal was shown').toBe(true)
    expect(seen.some((s) => s.text === pseudoLocalize('Add security group')), 'the Add menu was open').toBe(true)
    expectOnlyCatalogWords(seen, allowed, 60)
  })
})
