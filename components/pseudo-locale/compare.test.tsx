// @vitest-environment jsdom
import { beforeAll, describe, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { mount } from './mount'
import { pageProps, titleOf, type SearchParams } from './next-server'
import { preparePseudoPages } from './prepare-pages'

beforeAll(async () => {
  await preparePseudoPages()
})

/** Two plans picked, the four Seoul plans diffed against the first, a bad entry beside good ones, and one plan alone. */
const CASES: [string, SearchParams, number][] = [
  ['two presets', { presets: 'swiftlogix,standard-web' }, 40],
  ['the four Seoul plans, diffed against the first', { presets: 'swiftlogix-seoul-plan1,swiftlogix-seoul-plan2,swiftlogix-seoul-plan3,swiftlogix-seoul-final', diff: 'first' }, 40],
  ['an unknown preset and a broken link beside good ones', { presets: 'swiftlogix,nope,mau-1m', s: 'garbage' }, 20],
  ['one plan alone', { presets: 'petclinic-3tier' }, 3],
]

describe('the compare page in the pseudo-locale', () => {
  it.each(CASES)('words %s through the catalog, its title included', async (name, params, minimum) => {
    const route = await import('@/app/compare/page')
    const props = pageProps(params)
    const page = await mount(await route.default(props))
    try {
      const area = `compare (${name})`
      const title = { where: `${area} › <title>`, text: await titleOf(route, props) }
      // Every preset is offered, by its scenario's name; the page echoes what the link asked for.
      const echoed = String(params.presets).split(',')
      expectOnlyCatalogWords([title, ...collectSeen(page.container, area)], allowedFor(PRESETS.map((p) => p.scenario), [...echoed, 'garbage']), minimum)
    } finally {
      page.unmount()
    }
  })
})
