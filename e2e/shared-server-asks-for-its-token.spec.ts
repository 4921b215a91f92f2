import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { E2E_ENV } from '../scripts/e2e-env.mjs'
import { test, expect } from './fixtures'
import { presetScenario } from './engine-figures'

/**
 * A server shared by a team: ARCHDECK_ACCESS_TOKEN with ARCHDECK_PRIVATE=1. Its own server process
 * on the journeys' build (the journeys' main server runs open), on its own port and data folder.
 */

const TOKEN = 'team-token-0123456789abcdef'
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7
const ORIGIN = `http://127.0.0.1:${PORT}`
const DATA_DIR = 'test-results/e2e-data-private'
let server: ChildProcess | undefined

test.beforeAll(async () => {
  test.setTimeout(120_000)
  rmSync(DATA_DIR, { recursive: true, force: true })
  server = spawn('npx', ['tsx', 'server/serve.ts', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, ...E2E_ENV, ARCHDECK_DATA_DIR: DATA_DIR, ARCHDECK_ACCESS_TOKEN: TOKEN, ARCHDECK_PRIVATE: '1' },
    stdio: 'ignore',
    // Its own process group: npx does not pass signals on, so afterAll stops the whole group.
    detached: true,
  })
  const deadline = Date.now() + 90_000
  for (;;) {
    const up = await fetch(`${ORIGIN}/sign-in`).then((r) => r.ok, () => false)
    if (up) break
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the private server did not start on port ${PORT}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
})

test.afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
})

test('a private server sends pages to sign in, takes the token once and keeps only an HttpOnly cookie', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: ORIGIN })
  const page = await context.newPage()
  await page.goto('/workspaces?x=1')
  await expect(page).toHaveURL(`${ORIGIN}/sign-in?next=%2Fworkspaces%3Fx%3D1`)
  await expect(page.getByRole('heading', { name: 'Sign in to ArchDeck' })).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.getByLabel('Access token').fill('a wrong guess')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'access token' })).toHaveText('That is not this ArchDeck’s access token. Check it and try again.')
  await expect(page.getByLabel('Access token')).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await expect(page.getByRole('heading', { name: 'ArchDeck 로그인' })).toBeVisible()
  await expect(page.getByLabel('접근 토큰')).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.getByRole('combobox', { name: '언어' }).selectOption('en')
  await page.getByLabel('Access token').fill(TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${ORIGIN}/workspaces?x=1`)
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'archdeck-session')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: false })
  expect(cookie!.value).not.toContain(TOKEN)
  expect(await page.evaluate(() => document.cookie)).not.toContain('archdeck-session')
  // Signed in, the browser writes like anywhere else.
  const created = await page.evaluate(() => fetch('/api/workspaces', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Team' }) }).then((r) => r.status))
  expect(created).toBe(201)
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText('You are signed out on this browser.')).toBeVisible()
  await page.goto('/')
  await expect(page).toHaveURL(`${ORIGIN}/sign-in?next=%2F`)
  await context.close()
})

test('tools send the token as a bearer; without it the API answers 401 with a sentence, but share links open', async ({ playwright, browser }) => {
  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN })
  for (const [method, path] of [['GET', '/api/presets'], ['POST', '/api/workspaces']] as const) {
    const answer = await anonymous.fetch(path, { method, data: method === 'POST' ? { name: 'Nope' } : undefined })
    expect(answer.status(), `${method} ${path}`).toBe(401)
    expect(await answer.json()).toEqual({ error: 'This ArchDeck asks for its access token: sign in at /sign-in, or send the header Authorization: Bearer <token>.' })
  }
  const tool = await playwright.request.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { authorization: `Bearer ${TOKEN}` } })
  const { workspace } = await (await tool.post('/api/workspaces', { data: { name: 'Shared plans' } })).json()
  const { scenario } = await (await tool.post(`/api/workspaces/${workspace.id}/scenarios`, { data: { name: 'Final', scenario: presetScenario('swiftlogix-seoul-final') } })).json()
  const share = await (await tool.post('/api/share', { data: { workspaceId: workspace.id, scenarioId: scenario.id, version: 1 } })).json()
  expect((await anonymous.get(`/api/workspaces/${workspace.id}`)).status()).toBe(401)

  const reader = await browser.newContext({ baseURL: ORIGIN })
  const page = await reader.newPage()
  await page.goto(share.path)
  await expect(page).toHaveURL(`${ORIGIN}${share.path}`)
  await expect(page.getByTestId('presentation')).toBeVisible()
  await reader.close()
  await Promise.all([anonymous.dispose(), tool.dispose()])
})

/** No serious or critical WCAG 2.1 AA violation (as e2e/accessibility.spec.ts checks every other view). */
async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
}
