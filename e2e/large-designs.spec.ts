import type { Page } from '@playwright/test'
import { buildLargeScenario } from '../bench/large-config'
import { test, expect, openDashboard, screenshot } from './fixtures'

/** Every URL ArchDeck builds stays under this (docs/decisions/017); Node refuses past 16 KB (431). */
const MAX_URL_CHARS = 8_000

/** The page's address and every link on it that is longer than MAX_URL_CHARS, with its length. */
async function longUrls(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
  return [page.url(), ...hrefs].filter((url) => url.length >= MAX_URL_CHARS).map((url) => `${url.slice(0, 60)}… (${url.length} characters)`)
}

/**
 * A lead imports a 200-service design and shows it: the header's Present opens the deck, back on
 * the dashboard Compare opens a comparison of two plans. The design (~270 KB of JSON) never travels
 * in a URL: the links name a stored snapshot, and no address the app builds reaches 8,000 characters.
 */
test('a 200-service design opens in Present and in Compare, every URL under 8,000 characters', async ({ page, consoleProblems }) => {
  test.setTimeout(240_000)
  await openDashboard(page)
  const scenario = buildLargeScenario(200)
  await page.getByLabel('Import config file').setInputFiles({ name: 'large-200.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  await expect(page.getByTestId('notice')).toContainText('Imported', { timeout: 60_000 })
  await expect(page.getByTestId('topo-node-subnet:private-app-a')).toContainText('200 services', { timeout: 60_000 })
  // The address bar leaves the design out (the work is in this browser's storage), and the header's
  // links name it by snapshot once it is stored (2 s after the last change, at idle).
  await expect(page.getByRole('link', { name: 'Present', exact: true })).toHaveAttribute('href', /^\/present\?snap=[A-Za-z0-9_-]{43}$/, { timeout: 30_000 })
  expect(await longUrls(page)).toEqual([])

  await page.getByRole('link', { name: 'Present', exact: true }).click()
  await expect(page).toHaveURL(/\/present\?snap=[A-Za-z0-9_-]{43}$/, { timeout: 120_000 })
  await expect(page.getByTestId('presentation')).toBeVisible({ timeout: 120_000 })
  await expect(page.getByTestId('presentation-title')).toContainText('Large benchmark (200 services)')
  await expect(page.getByRole('button', { name: 'Next slide', exact: true })).toBeVisible()
  expect(await page.getByRole('navigation').getByRole('button').count()).toBeGreaterThanOrEqual(5)
  expect(await longUrls(page)).toEqual([])
  await screenshot(page, 'large-designs-present')

  await page.goBack()
  await expect(page.getByTestId('kpi-monthly-cost')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('topo-node-subnet:private-app-a')).toContainText('200 services', { timeout: 60_000 })
  const compare = page.getByRole('link', { name: 'Compare', exact: true })
  await expect(compare).toHaveAttribute('href', /snap=[A-Za-z0-9_-]{43}/, { timeout: 30_000 })
  expect(await longUrls(page)).toEqual([])
  await compare.click()
  await expect(page).toHaveURL(/\/compare\?.*snap=[A-Za-z0-9_-]{43}/, { timeout: 120_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Compare plans' })).toBeVisible({ timeout: 120_000 })
  // The imported design beside the seed design: a comparison, not a request for a second plan.
  await expect(page.getByText(/^2 plans side by side/)).toBeVisible()
  await expect(page.locator('[data-notice]')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Who wins what' })).toBeVisible()
  expect(await longUrls(page)).toEqual([])
  await screenshot(page, 'large-designs-compare')
  expect(consoleProblems).toEqual([])
})
