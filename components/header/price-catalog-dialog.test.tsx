// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { Providers } from '@/components/providers'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { mount, settle, type Mounted } from '@/components/pseudo-locale/mount'
import { PriceCatalogDialog } from './price-catalog-dialog'

const asked: string[] = []

beforeEach(() => {
  asked.length = 0
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    const region = new URL(url, 'http://localhost').searchParams.get('region')
    const prices = [{ key: `ec2.linux.t3.medium.hour`, usd: 0.0416, unit: 'per hour', basis: 'published', source: `AWS ${region}`, asOf: '2020-07-02', explanation: null }]
    return Response.json({ region, compiled: '2026-11-22', prices })
  })
})

afterEach(() => vi.unstubAllGlobals())

async function openDialog(): Promise<Mounted> {
  const scenario = findPreset('swiftlogix-seoul-final')!.scenario
  const page = await mount(
    <LocaleProvider initial="en">
      <Providers>
        <DashboardStoreProvider initial={{ scenario, presetId: null, ui: {} }}>
          <PriceCatalogDialog />
        </DashboardStoreProvider>
      </Providers>
    </LocaleProvider>,
  )
  await act(async () => page.container.querySelector<HTMLButtonElement>('button[popovertarget="price-catalog"]')!.click())
  await listShown(page)
  return page
}

/** Waits for the list's rows: the list is a chunk loaded after the dialog opens (next/dynamic). */
async function listShown(page: Mounted): Promise<void> {
  for (let round = 0; round < 200 && !page.container.querySelector('tr[data-price-key]'); round++) await settle()
}

const regionSelect = (page: Mounted) => page.container.querySelector<HTMLSelectElement>('#price-catalog-region')!

describe('the price catalogue dialog', () => {
  it('opens on the design\'s region and offers the seven regions under "Price region"', async () => {
    const page = await openDialog()
    try {
      expect(page.container.querySelector('label[for="price-catalog-region"]')!.textContent).toBe('Price region')
      const select = regionSelect(page)
      expect(select.value).toBe('ap-northeast-2')
      expect([...select.options].map((o) => o.value)).toEqual(['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-northeast-2'])
      expect([...select.options].map((o) => o.text)).toContain('Europe (Ireland) (eu-west-1)')
      expect(asked).toEqual(['/api/prices?region=ap-northeast-2'])
      expect(page.container.querySelector('#price-catalog')!.getAttribute('aria-label')).toBe('Unit prices for ap-northeast-2')
      expect(page.container.querySelector('tr[data-price-key] [data-price-age="old"]')!.textContent).toBe('old (2020-07-02)')
    } finally {
      page.unmount()
    }
  })

  it('loads another region\'s prices when one is picked, without changing the design', async () => {
    const page = await openDialog()
    try {
      const select = regionSelect(page)
      await act(async () => {
        select.value = 'eu-west-1'
        select.dispatchEvent(new Event('change', { bubbles: true }))
      })
      await settle()
      expect(asked).toEqual(['/api/prices?region=ap-northeast-2', '/api/prices?region=eu-west-1'])
      expect(page.container.querySelector('#price-catalog h2')!.textContent).toBe('Unit prices — eu-west-1')
      expect(page.container.querySelector('tr[data-price-key]')!.textContent).toContain('AWS eu-west-1')
    } finally {
      page.unmount()
    }
  })
})
