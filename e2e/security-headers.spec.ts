import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, openDashboard, createShareLink } from './fixtures'

/**
 * Every answer carries the security headers, and no view of the app trips its own
 * Content-Security-Policy: the dashboard and its six tabs, the deck, compare, workspaces and a share
 * link, plus the topology PNG download, which draws through data: URLs.
 */

const COMMON_HEADERS: Record<string, RegExp> = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\).*microphone=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
}

const PAGES = ['/', '/present', '/compare?presets=swiftlogix,swiftlogix-seoul-final', '/workspaces']
const TABS = ['Overview', 'Ops', 'Business', 'Security', 'Finance', 'CTO']

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!, sources]))
}


function expectCommonHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(headers[name], `${name} of ${what}`).toMatch(value)
}

test('pages carry a nonce-based policy without eval, new on every request, and the common headers', async ({ request }) => {
  const sharePath = await createShareLink(request)
  for (const path of [...PAGES, sharePath]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expectCommonHeaders(headers, path)
    const policy = directivesOf(headers['content-security-policy'] ?? '')
    const scriptSources = policy.get('script-src') ?? []
    const nonce = scriptSources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1)
    expect(nonce, `nonce of ${path}`).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(scriptSources).toContain("'strict-dynamic'")
    expect(scriptSources).not.toContain("'unsafe-eval'")
    expect(scriptSources).not.toContain("'unsafe-inline'")
    expect(policy.get('script-src-attr')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(policy.get('style-src-elem')).toContain(`'nonce-${nonce}'`)
    // Next.js stamps its own scripts with the nonce of this very response.
    const html = await response.text()
    expect(html, `scripts of ${path} carry the nonce`).toContain(`nonce="${nonce}"`)
    const again = (await request.get(path)).headers()['content-security-policy']
    expect(again, `a second request to ${path} gets a new nonce`).not.toContain(nonce!)
  }
})

test('API answers forbid everything, refuse bodies over 256 KB and bodies not sent as JSON', async ({ request }) => {
  const created = await request.post('/api/workspaces', { data: { name: `Headers ${Date.now()}` } })
  const workspacePath = `/api/workspaces/${(await created.json()).workspace.id}`
  for (const path of ['/api/presets', workspacePath, '/api/prices?region=ap-northeast-2']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expectCommonHeaders(response.headers(), path)
    expect(response.headers()['content-security-policy']).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    expect(response.headers()['content-type']).toMatch(/^application\/json/)
  }
  const tooLarge = await request.post('/api/workspaces', { data: { name: 'x'.repeat(300_000) } })
  expect(tooLarge.status()).toBe(413)
  expect(await tooLarge.json()).toEqual({ error: 'The request body is larger than 256 KB; nothing was changed by it.' })
  expectCommonHeaders(tooLarge.headers(), 'a 413')
  const form = await request.post('/api/workspaces', { form: { name: 'Forged' } })
  expect(form.status()).toBe(415)
  expect((await form.json()).error).toMatch(/^Send the request body as JSON/)
  const forged = await request.post('/api/workspaces', { data: { name: 'Forged' }, headers: { 'sec-fetch-site': 'cross-site' } })
  expect(forged.status()).toBe(403)
})

/**
 * Collects `securitypolicyviolation` events of every document the page opens, across navigations.
 * None is expected: zod runs jitless (lib/model/zod-setup.ts), so it never probes for eval.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`)
    })
  })
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}

test('no view trips the policy, and the topology PNG still downloads under it', async ({ page, request, consoleProblems }) => {
  test.setTimeout(90_000)
  const violations = await watchViolations(page)

  await openDashboard(page)
  for (const name of TABS) {
    const tab = page.getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel')).toBeVisible()
  }
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()])
  const pngBytes = readFileSync((await png.path())!)
  expect(pngBytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect(pngBytes.length).toBeGreaterThan(10_000)
  expect(violations, 'violations on the dashboard').toEqual([])

  await page.goto('/present?preset=swiftlogix')
  await expect(page.getByTestId('presentation')).toBeVisible()
  for (let slide = 1; slide <= 4; slide++) {
    await expect(page.getByTestId('slide-announcer')).toContainText(`${slide}`)
    await page.keyboard.press('ArrowRight')
  }
  expect(violations, 'violations on /present').toEqual([])

  await page.goto('/compare?presets=swiftlogix,swiftlogix-seoul-final')
  await expect(page.getByRole('main')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(violations, 'violations on /compare').toEqual([])

  await page.goto('/workspaces')
  await page.waitForLoadState('networkidle')
  expect(violations, 'violations on /workspaces').toEqual([])

  const sharePath = await createShareLink(request)
  await page.goto(sharePath)
  await expect(page.getByTestId('presentation')).toBeVisible()
  await page.keyboard.press('End')
  await page.waitForLoadState('networkidle')
  expect(violations, `violations on ${sharePath}`).toEqual([])
  expect(consoleProblems).toEqual([])
})

test('the policy is enforced: a script or handler injected into the page HTML does not run', async ({ page }) => {
  const violations = await watchViolations(page)
  // What a stored XSS would look like: markup in the server's HTML without this response's nonce.
  await page.route('/', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('<body', '<body data-injected="1"').replace('</body>', '<script>window.__injected = true</script><img src="/nothing.png" onerror="window.__handler = true"></body>')
    await route.fulfill({ response, body: html })
  })
  await page.goto('/')
  await expect(page.getByTestId('kpi-monthly-cost')).toBeVisible()
  const ran = await page.evaluate(() => {
    const flags = window as unknown as { __injected?: boolean; __handler?: boolean }
    return { script: flags.__injected === true, handler: flags.__handler === true }
  })
  expect(ran).toEqual({ script: false, handler: false })
  await expect.poll(() => violations.filter((v) => /^script-src-(elem|attr) blocked inline/.test(v)).length).toBe(2)
})
