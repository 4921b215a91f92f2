import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect, chooseRadio, createShareLink, openDashboard } from './fixtures'

/**
 * Every view passes axe-core's WCAG 2.1 A/AA rules with no serious or critical violation, and every
 * control works from the keyboard with a visible focus ring. `A11Y_REPORT=1` prints each scan's
 * violations of any impact, with the elements, for triage.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const BLOCKING = new Set(['serious', 'critical'])

/**
 * Runs axe-core on the page (or only inside `include`) and fails softly with one line per serious
 * or critical violation: rule, impact, help and the first elements it hit, so the message says
 * what to fix and where. Soft, so one run reports every view at once.
 */
async function expectNoSeriousViolations(page: Page, view: string, include?: string) {
  // Legacy mode runs axe.run() in the page itself instead of finishing in a new blank page: the
  // app has no cross-origin frames, and it saves about a second per scan.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode()
  if (include) builder = builder.include(include)
  const started = Date.now()
  const { violations } = await builder.analyze()
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''))
  const lines = blocking.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')
    return `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${targets}`
  })
  if (process.env.A11Y_REPORT) {
    console.log(`[a11y] ${view} (${Date.now() - started} ms): ${violations.map((v) => `${v.id}/${v.impact}×${v.nodes.length}`).join(', ') || 'none'}`)
    for (const v of blocking) for (const n of v.nodes) console.log(`[a11y-node] ${v.id} ${n.target.join(' ')} :: ${n.html.slice(0, 160)} :: ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 200)}`)
  }
  expect.soft(lines, `serious or critical axe violations on ${view}`).toEqual([])
}

/** The focused element draws a visible ring: an outline or a box-shadow (Tailwind's ring). */
async function expectFocusRing(target: Locator, what: string) {
  await expect(target, `${what} has focus`).toBeFocused()
  const ring = await target.evaluate((el) => {
    // Radios and checkboxes in segmented controls are visually hidden; their label draws the ring.
    const shown = el.matches('.sr-only') ? (el.closest('label') ?? el) : el
    const style = getComputedStyle(shown)
    return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none' }
  })
  expect(ring.outline || ring.shadow, `${what} shows a focus indicator`).toBe(true)
}

/** Presses Tab until `target` has focus, so the control is proven reachable without the mouse. */
async function tabTo(page: Page, target: Locator, what: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`${what} was not reached within ${limit} presses of Tab`)
}

test('the dashboard, its six tabs, popovers, dialogs and panels have no serious axe violations', async ({ page, consoleProblems }) => {
  test.setTimeout(60_000)
  await openDashboard(page)
  // The whole page once; then only the panel that each other tab swaps in (the rest is unchanged).
  await expectNoSeriousViolations(page, 'the dashboard, Overview tab')
  for (const name of ['Ops', 'Business', 'Security', 'Finance', 'CTO']) {
    await page.getByRole('tab', { name, exact: true }).click()
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel')).toBeVisible()
    await expectNoSeriousViolations(page, `the ${name} tab`, '[role="tabpanel"]')
  }

  await page.getByTestId('kpi-monthly-cost').click()
  await expect(page.locator('#kpi-monthly-cost-explain')).toBeVisible()
  await expectNoSeriousViolations(page, 'the monthly cost explanation', '#kpi-monthly-cost-explain')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Prices', exact: true }).click()
  const catalog = page.locator('#price-catalog')
  await expect(catalog.locator('table')).toBeVisible()
  await expectNoSeriousViolations(page, 'the price catalog', '#price-catalog')
  await page.keyboard.press('Escape')

  await page.getByTestId('topo-node-database').click()
  await expect(page.getByRole('complementary', { name: 'Selected component' })).toContainText('db.t3.micro')
  await chooseRadio(page, 'Highlight', 'Path to the database')
  await expectNoSeriousViolations(page, 'the topology with node details and the database lens', 'section[aria-label="Network and security groups"]')

  await page.getByRole('button', { name: 'Workspace', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Workspace' })).toBeVisible()
  // The first call wakes the embedded database; then the picker or the create form shows.
  await expect(page.locator('#workspace-select').or(page.locator('#new-workspace-name')).first()).toBeVisible({ timeout: 30_000 })
  await expectNoSeriousViolations(page, 'the workspace panel', '#workspace-panel')
  await page.keyboard.press('Escape')
  expect(consoleProblems).toEqual([])
})

test('the dashboard in Korean has no serious axe violations', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('월 비용')
  await expectNoSeriousViolations(page, 'the dashboard in Korean')
  // The tabs with the longest Korean sentences; the others share their markup with the English scan.
  for (const name of ['운영', '보안']) {
    await page.getByRole('tab', { name, exact: true }).click()
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
    await expectNoSeriousViolations(page, `the ${name} tab in Korean`, '[role="tabpanel"]')
  }
  expect(consoleProblems).toEqual([])
})

test('the presentation, comparison, workspaces page and a share link have no serious axe violations', async ({ page, request, consoleProblems }) => {
  test.setTimeout(60_000)
  await page.goto('/present?preset=swiftlogix')
  const deck = page.getByTestId('presentation')
  await expect(deck).toBeVisible()
  for (let slide = 1; slide <= 7; slide++) {
    await expect(page.getByTestId('slide-announcer')).toContainText(`${slide}`)
    await expectNoSeriousViolations(page, `/present slide ${slide}`)
    await page.keyboard.press('ArrowRight')
  }
  await page.goto('/present?preset=swiftlogix-seoul-final&lang=ko')
  await expect(deck).toBeVisible()
  for (let slide = 1; slide <= 7; slide += 3) {
    await expectNoSeriousViolations(page, `/present in Korean, slide ${slide}`)
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  }

  await page.goto('/compare?presets=swiftlogix-seoul-plan1,swiftlogix-seoul-plan2,swiftlogix-seoul-final')
  await expect(page.getByRole('main')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expectNoSeriousViolations(page, '/compare of the three Seoul plans')

  await page.goto('/workspaces')
  await page.waitForLoadState('networkidle')
  await expectNoSeriousViolations(page, '/workspaces')

  // A shared version, made through the API the way the workspace panel makes one.
  const path = await createShareLink(request)
  await page.goto(path)
  await expect(deck).toBeVisible()
  await expectNoSeriousViolations(page, `the share link ${path}`)
  await page.keyboard.press('End')
  await expectNoSeriousViolations(page, `the share link ${path}, decision slide`)
  expect(consoleProblems).toEqual([])
})

test('every control is reached and operated with the keyboard alone, with a visible focus ring', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.locator('body').click({ position: { x: 1, y: 1 } })

  const tasks = page.getByRole('slider', { name: 'Tasks per service' })
  await tabTo(page, tasks, 'Tasks per service')
  await expectFocusRing(tasks, 'Tasks per service')
  const before = await page.getByTestId('kpi-monthly-cost').textContent()
  await page.keyboard.press('ArrowRight')
  await expect(tasks).toHaveValue('3')
  await expect(page.getByTestId('kpi-monthly-cost')).not.toHaveText(before!)
  await page.keyboard.press('ArrowLeft')
  await expect(tasks).toHaveValue('2')
  await expect(page.getByTestId('kpi-monthly-cost')).toHaveText(before!)

  const multiAz = page.getByRole('switch', { name: 'Database Multi-AZ' })
  await tabTo(page, multiAz, 'Database Multi-AZ')
  await expectFocusRing(multiAz, 'Database Multi-AZ')
  await page.keyboard.press('Space')
  await expect(multiAz).toHaveAttribute('aria-checked', 'true')

  const nat = page.getByRole('radiogroup', { name: 'NAT gateways' })
  const shared = nat.getByRole('radio', { name: 'One shared' })
  await tabTo(page, shared, 'the checked NAT option')
  await expectFocusRing(shared, 'NAT gateways')
  await page.keyboard.press('ArrowRight')
  await expect(nat.getByRole('radio', { name: 'One per AZ' })).toBeChecked()
  await expect(nat.getByRole('radio', { name: 'One per AZ' })).toBeFocused()

  const cost = page.getByTestId('kpi-monthly-cost')
  await tabTo(page, cost, 'the monthly cost KPI')
  await expectFocusRing(cost, 'the monthly cost KPI')
  await page.keyboard.press('Enter')
  await expect(page.locator('#kpi-monthly-cost-explain')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.locator('#kpi-monthly-cost-explain')).toBeHidden()
  await expect(cost).toBeFocused()

  // WAI-ARIA tabs: Tab reaches the selected tab only; arrows, Home and End move and select.
  const overview = page.getByRole('tab', { name: 'Overview', exact: true })
  await tabTo(page, overview, 'the selected stakeholder tab')
  await expectFocusRing(overview, 'the Overview tab')
  await page.keyboard.press('ArrowRight')
  const ops = page.getByRole('tab', { name: 'Ops', exact: true })
  await expect(ops).toBeFocused()
  await expect(ops).toHaveAttribute('aria-selected', 'true')
  await expectFocusRing(ops, 'the Ops tab')
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'Advisor', exact: true })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(overview).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tab', { name: 'Advisor', exact: true })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(overview).toHaveAttribute('aria-selected', 'true')
  await expect(overview).toBeFocused()
  // The next stop is the panel (focusable, so a keyboard can scroll it), never another tab.
  await page.keyboard.press('Tab')
  await expectFocusRing(page.getByRole('tabpanel'), 'the Overview panel')
  expect(consoleProblems).toEqual([])
})
