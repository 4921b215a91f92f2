// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { mount } from './mount'
import { pageProps, titleOf } from './next-server'
import { overLimitLink } from './over-limit-link'
import { preparePseudoPages } from './prepare-pages'

beforeAll(async () => {
  await preparePseudoPages()
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
    ['a scenario link over the evaluation limits', { s: overLimitLink() }],
  ])('words the page for %s through the catalog', async (name, params) => {
    const { page, title } = await present(params)
    try {
      expect(page.container.querySelector('section[data-slide]'), 'a notice, not a deck').toBeNull()
      // The notice names the parameter at fault (`preset`) and echoes what the link held.
      expectOnlyCatalogWords([{ where: `deck (${name}) › <title>`, text: title }, ...collectSeen(page.container, `deck (${name})`)], allowedFor([], ['nope', 'preset', 'garbage']), 2)
    } finally {
      page.unmount()
    }
  })

  it('words the page of a share link that does not exist through the catalog', async () => {
    const { default: ShareNotFound } = await import('@/app/s/[id]/not-found')
    const notice = await mount(await ShareNotFound())
    try {
      expectOnlyCatalogWords(collectSeen(notice.container, 'shared version (not found)'), allowedFor([]), 2)
    } finally {
      notice.unmount()
    }
  })

  it('words the page of a share link the store cannot read through the catalog', async () => {
    const { PresentNotice } = await import('@/components/present/present-notice')
    const notice = await mount(<PresentNotice kind="share-unavailable" locale="en" />)
    try {
      expectOnlyCatalogWords(collectSeen(notice.container, 'shared version (store down)'), allowedFor([]), 2)
    } finally {
      notice.unmount()
    }
  })
})
