// @vitest-environment jsdom
import { act } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen, type Seen } from './find-leaks'
import { choose, click, leave, mount, settle, type, type Mounted } from './mount'
import { pageProps, titleOf, type SearchParams } from './next-server'
import { preparePseudoPages } from './prepare-pages'
import { serveApiInProcess } from './serve-api'

/** The seed (Fargate) and an EC2 design with a cache: the controls and boxes differ. views.test.tsx covers every preset's tabs. */
const PRESET_IDS = ['swiftlogix', 'mau-1m']

let stopApi: () => Promise<void>

beforeAll(async () => {
  await preparePseudoPages()
  stopApi = serveApiInProcess()
})

afterAll(async () => {
  await stopApi?.()
})

/** `/` as a browser gets it: the route page inside the root layout's providers (app/layout.tsx). */
async function mountDashboard(params: SearchParams): Promise<Mounted> {
  const { default: HomePage } = await import('@/app/page')
  const { LocaleProvider } = await import('@/components/i18n/locale-provider')
  const { Providers } = await import('@/components/providers')
  window.localStorage.clear()
  return mount(
    <LocaleProvider initial="en">
      <Providers>{await HomePage(pageProps(params))}</Providers>
    </LocaleProvider>,
  )
}

describe.each(PRESET_IDS)('the dashboard of %s in the pseudo-locale', (presetId) => {
  const scenario = findPreset(presetId)!.scenario
  const allowed = allowedFor([scenario], ['no such box'])
  let page: Mounted
  const $ = <E extends Element = HTMLElement>(selector: string) => page.container.querySelector<E>(selector)
  const $$ = (selector: string) => [...page.container.querySelectorAll<HTMLElement>(selector)]
  const area = (name: string) => `dashboard ${presetId} › ${name}`

  beforeAll(async () => {
    page = await mountDashboard({ preset: presetId })
  })
  afterAll(() => page?.unmount())

  it('words the header, its price catalogue, the workspace drawer and the page title through the catalog', async () => {
    const title = { where: area('<title>'), text: await titleOf(await import('@/app/layout')) }
    await click($$('header button').find((b) => b.getAttribute('popovertarget') === 'price-catalog'))
    expect($('#price-catalog table'), 'the price catalogue loaded').not.toBeNull()
    await click($$('header button').find((b) => b.getAttribute('popovertarget') === 'workspace-panel'))
    expectOnlyCatalogWords([title, ...collectSeen($('header')!, area('header'))], allowed, 10)
  })

  it('words the controls and what they say about a wrong number through the catalog', async () => {
    const seen = collectSeen($('aside')!, area('controls'))
    for (const field of $$('aside input[inputmode="decimal"]') as HTMLInputElement[]) {
      const before = field.value
      for (const wrong of ['abc', '999999999']) {
        await type(field, wrong)
        await leave(field)
        seen.push(...collectSeen($('aside')!, area(`controls (${wrong} typed)`)))
      }
      await type(field, before)
      await leave(field)
    }
    expect(seen.some((s) => s.where.includes('typed')), 'the number fields were tried').toBe(true)
    expectOnlyCatalogWords(seen, allowed, 8)
  })

  it('words the KPI strip and each figure\'s popover through the catalog', () => {
    const strip = $('[role="group"]')!
    expect(strip.querySelectorAll('[popover]')).toHaveLength(5)
    expectOnlyCatalogWords(collectSeen(strip, area('KPI strip')), allowed, 15)
  })

  it('words the topology through the catalog in every lens, overlay and filter, and each box\'s details', async () => {
    const section = () => $('main > section')!
    const seen: Seen[] = []
    for (const radio of $$('input[name="topology-highlight"]')) {
      await click(radio)
      seen.push(...collectSeen(section(), area(`topology (${radio.parentElement?.textContent})`)))
    }
    const overlay = section().querySelector<HTMLSelectElement>('select:not([data-testid])')!
    for (const option of [...overlay.options].slice(1)) {
      await choose(overlay, option.value)
      seen.push(...collectSeen(section(), area(`topology (overlay ${option.value})`)))
    }
    await choose(overlay, '')
    for (const testId of ['topology-port-filter', 'topology-sg-filter']) {
      const filter = $<HTMLSelectElement>(`[data-testid="${testId}"]`)!
      await choose(filter, filter.options[filter.options.length - 1]!.value)
      seen.push(...collectSeen(section(), area(`topology (${testId})`)))
      await choose(filter, '')
    }
    const search = $<HTMLInputElement>('[data-testid="topology-search"]')!
    for (const query of [scenario.config.services[0]!.name, 'no such box']) {
      await type(search, query)
      seen.push(...collectSeen(section(), area(`topology (search "${query}")`)))
    }
    await type(search, '')
    await click($('[data-testid="topology-expand-all"]'))
    seen.push(...collectSeen(section(), area('topology (expanded)')))
    await click($('[data-testid="topology-reset-grouping"]'))
    seen.push(...collectSeen(section(), area('topology (grouping reset)')))
    const nodes = $$('.react-flow__node')
    expect(nodes.length, 'the diagram drew its boxes').toBeGreaterThan(5)
    let detailsShown = 0
    for (const id of nodes.map((n) => n.getAttribute('data-id')!)) {
      await click($$('.react-flow__node').find((n) => n.getAttribute('data-id') === id))
      const details = $('main aside')
      if (details) seen.push(...collectSeen(details, area(`topology details ${id}`)))
      if (details) detailsShown++
    }
    expect(detailsShown, 'a box opened its details').toBeGreaterThan(0)
    expectOnlyCatalogWords(seen, allowed, 40)
  })

  it('words the tab strip through the catalog and switches tabs when clicked', async () => {
    await click($('#stakeholder-tab-finance'))
    expect($('[role="tabpanel"]')!.id).toBe('stakeholder-panel-finance')
    expectOnlyCatalogWords(collectSeen($('[role="tablist"]')!, area('tabs')), allowed, 6)
  })

  it('words the notice after a file that is not a scenario through the catalog', async () => {
    const input = $<HTMLInputElement>('header input[type="file"]')!
    const file = new File(['{"config": {"name": ""}}'], 'broken.archdeck.json', { type: 'application/json' })
    await act(async () => {
      Object.defineProperty(input, 'files', { configurable: true, value: [file] })
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    const notice = $('[data-testid="notice"]')
    expect(notice, 'the import was refused with a notice').not.toBeNull()
    expectOnlyCatalogWords(collectSeen(notice!, area('notice')), allowedFor([scenario], ['broken.archdeck.json']), 1)
  })
})

describe('the dashboard opened from a broken link in the pseudo-locale', () => {
  it('words the notice that it shows the default preset instead through the catalog', async () => {
    const page = await mountDashboard({ s: 'garbage' })
    try {
      const notice = page.container.querySelector('[data-testid="notice"]')
      expect(notice, 'the dashboard said why').not.toBeNull()
      expectOnlyCatalogWords(collectSeen(notice!, 'dashboard (broken link) › notice'), allowedFor([findPreset('swiftlogix')!.scenario]), 1)
    } finally {
      page.unmount()
    }
  })
})
