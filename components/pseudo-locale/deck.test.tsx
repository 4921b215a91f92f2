// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { stubLayout } from './layout-stubs'
import { loadDynamicChunks } from './load-chunks'
import { mount } from './mount'
import { pageProps, serveFirstVisit, titleOf } from './next-server'
import { speakPseudoForEnglish } from './pseudo-catalogs'

beforeAll(async () => {
  stubLayout()
  loadDynamicChunks()
  serveFirstVisit()
  await speakPseudoForEnglish()
})

/** /present as a browser gets it: the page and its title. */
async function present(params: Record<string, string>) {
  const route = await import('@/app/present/page')
  const props = pageProps(params)
  window.localStorage.clear()
  const page = await mount(await route.default(props))
  return { page, title: await titleOf(route, props) }
}

describe('the deck in the pseudo-locale', () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('words every slide of %s through the catalog, its title included', async (id, scenario) => {
    const { page, title } = await present({ preset: id })
    try {
      const slides = [...page.container.querySelectorAll('section[data-slide]')]
      expect(slides.map((s) => s.getAttribute('data-slide'))).toEqual(['summary', 'ops', 'business', 'security', 'finance', 'cto', 'decision'])
      expectOnlyCatalogWords([{ where: `deck ${id} › <title>`, text: title }, ...collectSeen(page.container, `deck ${id}`)], allowedFor([scenario]), 40)
    } finally {
      page.unmount()
    }
  })

  it.each([
    ['an unknown preset', { preset: 'nope' }],
    ['a broken scenario link', { s: 'garbage' }],
  ])('words the page for %s through the catalog', async (name, params) => {
    const { page, title } = await present(params)
    try {
      // The notice names the parameter at fault (`preset`) and echoes what the link held.
      expectOnlyCatalogWords([{ where: `deck (${name}) › <title>`, text: title }, ...collectSeen(page.container, `deck (${name})`)], allowedFor([], ['nope', 'preset', 'garbage']), 2)
    } finally {
      page.unmount()
    }
  })

  it.each(['over-limits', 'share-not-found', 'share-unavailable'] as const)('words the %s notice through the catalog', async (kind) => {
    const { PresentNotice } = await import('@/components/present/present-notice')
    const notice = await mount(<PresentNotice kind={kind} locale="en" details={kind === 'over-limits' ? ['config.services[0].scaling.scheduledPeakCount: must be at most 500'] : []} />)
    try {
      expectOnlyCatalogWords(collectSeen(notice.container, `deck notice ${kind}`), allowedFor([]), 2)
    } finally {
      notice.unmount()
    }
  })
})
