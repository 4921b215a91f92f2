// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { mount } from './mount'
import { pageProps, serveFirstVisit, titleOf, type SearchParams } from './next-server'
import { overLimitLink } from './over-limit-link'
import { speakPseudoForEnglish } from './pseudo-catalogs'

beforeAll(async () => {
  serveFirstVisit()
  await speakPseudoForEnglish()
})

afterEach(() => {
  vi.unstubAllEnvs()
})

/** The server's settings for each state of the sign-in page (docs/decisions/009). */
const SIGN_IN: [string, Record<string, string>, SearchParams][] = [
  ['asking for the token', { ARCHDECK_ACCESS_TOKEN: 'a-long-enough-access-token-0123456789' }, {}],
  ['after a wrong token', { ARCHDECK_ACCESS_TOKEN: 'a-long-enough-access-token-0123456789' }, { error: 'wrong-token' }],
  ['after signing out', { ARCHDECK_ACCESS_TOKEN: 'a-long-enough-access-token-0123456789' }, { 'signed-out': '1' }],
  ['on a server without a token', { ARCHDECK_ACCESS_TOKEN: '' }, {}],
  ['on a private server without a token', { ARCHDECK_ACCESS_TOKEN: '', ARCHDECK_PRIVATE: '1' }, {}],
]

describe('the sign-in page in the pseudo-locale', () => {
  it.each(SIGN_IN)('words the page %s through the catalog, its title included', async (name, env, params) => {
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value)
    const route = await import('@/app/sign-in/page')
    const props = pageProps(params)
    const page = await mount(await route.default(props))
    try {
      const title = { where: `sign-in (${name}) › <title>`, text: await titleOf(route, props) }
      expectOnlyCatalogWords([title, ...collectSeen(page.container, `sign-in (${name})`)], allowedFor([]), 2)
    } finally {
      page.unmount()
    }
  })
})

describe('the over-limit link page in the pseudo-locale', () => {
  it('words the page the proxy answers with 422 through the catalog', async () => {
    const { refuseOverLimitLink } = await import('@/server/http/refuse-over-limit-link')
    const response = refuseOverLimitLink(new Request(`http://localhost/present?s=${overLimitLink()}`))
    expect(response?.status).toBe(422)
    const doc = new DOMParser().parseFromString(await response!.text(), 'text/html')
    const title = { where: 'over-limit page › <title>', text: doc.title }
    expectOnlyCatalogWords([title, ...collectSeen(doc.body, 'over-limit page')], allowedFor([]), 3)
  })
})
