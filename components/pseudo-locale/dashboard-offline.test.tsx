// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { click, mount, settle } from './mount'
import { pageProps } from './next-server'
import { preparePseudoPages } from './prepare-pages'
import { serveApiInProcess } from './serve-api'

let stopApi: () => Promise<void>

beforeAll(async () => {
  await preparePseudoPages()
  stopApi = serveApiInProcess({ failing: /^\/api\// })
})

afterAll(async () => {
  await stopApi?.()
})

/** Waits out the queries' retries (1 s, then 2 s) until `done` holds, or gives up after `ms`. */
async function waitUntil(done: () => boolean, ms = 15_000): Promise<void> {
  for (const start = Date.now(); !done() && Date.now() - start < ms; ) await settle()
}

describe('the dashboard in the pseudo-locale when the server does not answer', () => {
  it('words the failed preset list and price catalogue, and their retry buttons, through the catalog', async () => {
    const { default: HomePage } = await import('@/app/page')
    const { LocaleProvider } = await import('@/components/i18n/locale-provider')
    const { Providers } = await import('@/components/providers')
    const page = await mount(
      <LocaleProvider initial="en">
        <Providers>{await HomePage(pageProps({ preset: 'swiftlogix' }))}</Providers>
      </LocaleProvider>,
    )
    try {
      const header = page.container.querySelector('header')!
      await click([...header.querySelectorAll('button')].find((b) => b.getAttribute('popovertarget') === 'price-catalog'))
      await waitUntil(() => header.querySelector('#price-catalog [role="alert"]') !== null && header.querySelector<HTMLSelectElement>('#preset-picker')!.options.length > 0 && !header.textContent!.includes('…'))
      expect(header.querySelector('#price-catalog [role="alert"]'), 'the price catalogue said it failed').not.toBeNull()
      expectOnlyCatalogWords(collectSeen(header, 'dashboard (server down) › header'), allowedFor([findPreset('swiftlogix')!.scenario]), 5)
    } finally {
      page.unmount()
    }
  }, 60_000)
})
