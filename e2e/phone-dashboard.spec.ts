import type { Locator } from '@playwright/test'
import { setDbMultiAz } from '../lib/model'
import { test, expect, openDashboard } from './fixtures'
import { evaluate, monthlyUsdText, presetScenario } from './engine-figures'
import { layoutProblems, VIEWPORTS } from './layout-checks'

/**
 * A lead opens the dashboard on a phone: the header folds into a menu, the KPIs stack, the
 * topology takes the width and the trade-off controls open in a drawer whose edits move the KPIs
 * behind it. The tablet and the wider screens keep the page within its width with nothing cut off.
 */

const PHONE = VIEWPORTS.find((v) => v.name === 'phone')!

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: PHONE.width, height: PHONE.height }, hasTouch: true })

  test('the controls open in a drawer whose edits reprice the KPIs behind it', async ({ page, consoleProblems }) => {
    await openDashboard(page)
    expect(await layoutProblems(page)).toEqual([])
    // The column of controls gives way to the button that opens them.
    await expect(page.getByRole('complementary', { name: 'Trade-off controls' })).toBeHidden()
    const open = page.getByRole('button', { name: 'Controls', exact: true })
    await expect(open).toHaveAttribute('aria-expanded', 'false')
    await open.click()
    await expect(open).toHaveAttribute('aria-expanded', 'true')
    const drawer = page.getByRole('dialog', { name: 'Trade-off controls' })
    await expect(drawer).toBeVisible()
    await expect(drawer.getByRole('complementary', { name: 'Trade-off controls' })).toBeVisible()
    expect(await layoutProblems(page)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/phone-dashboard/phone-controls-drawer.png' })

    const base = presetScenario('swiftlogix')
    const multi = { ...base, config: setDbMultiAz(base.config, true) }
    await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(base))
    await drawer.getByRole('switch', { name: 'Database Multi-AZ' }).click()
    await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(multi))
    expect(monthlyUsdText(multi)).not.toBe(monthlyUsdText(base))
    await expect(page.getByTestId('kpi-recovery-coverage')).toContainText(`${evaluate(multi).recovery.autoCount}/`)

    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await expect(open).toHaveAttribute('aria-expanded', 'false')
    await expect(open).toBeFocused()
    expect(consoleProblems).toEqual([])
  })

  test('the header menu reaches every header action, and Present', async ({ page, consoleProblems }) => {
    await openDashboard(page)
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(page.getByRole('link', { name: 'Present' })).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    for (const name of ['Workspace', 'Prices', 'Import Terraform', 'Import config', 'Export config', 'Export Terraform']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
    }
    await expect(page.getByRole('link', { name: 'Compare' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible()
    expect(await layoutProblems(page)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/phone-dashboard/phone-header-menu.png' })
    await page.keyboard.press('Escape')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeFocused()

    await menu.click()
    await page.getByRole('link', { name: 'Present' }).click()
    await expect(page).toHaveURL(/\/present/)
    expect(consoleProblems).toEqual([])
  })

  test('the dialogs the header opens fit the screen', async ({ page, consoleProblems }) => {
    await openDashboard(page)
    const menu = page.getByRole('button', { name: 'Menu' })
    // Each with what it loads on first open: the workspace list, the price table, the file pickers.
    const dialogs = [
      { button: 'Workspace', dialog: 'Workspace', loaded: (d: Locator) => d.getByRole('button').nth(1) },
      { button: 'Prices', dialog: /prices/i, loaded: (d: Locator) => d.getByRole('table') },
      { button: 'Import Terraform', dialog: 'Import Terraform', loaded: (d: Locator) => d.getByText('Choose files') },
    ]
    for (const { button, dialog, loaded } of dialogs) {
      if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
      await page.getByRole('button', { name: button, exact: true }).click()
      const shown = page.getByRole('dialog', { name: dialog }).first()
      await expect(shown).toBeVisible()
      await expect(loaded(shown)).toBeVisible()
      const box = (await shown.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
      expect(await layoutProblems(page)).toEqual([])
      await page.screenshot({ path: `test-results/screenshots/phone-dashboard/phone-dialog-${button.toLowerCase().replace(/ /g, '-')}.png` })
      await page.keyboard.press('Escape')
      await expect(shown).toBeHidden()
    }
    expect(consoleProblems).toEqual([])
  })
})

for (const viewport of VIEWPORTS) {
  const languages = viewport.name === 'phone' ? (['en', 'ko'] as const) : (['en'] as const)
  for (const lang of languages) {
    test(`at ${viewport.width} × ${viewport.height} (${lang}) the dashboard keeps within the screen with nothing cut off`, async ({ page, context, consoleProblems }) => {
      await context.addCookies([{ name: 'archdeck-locale', value: lang, url: 'http://127.0.0.1' }])
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await openDashboard(page)
      expect(await layoutProblems(page)).toEqual([])
      if (viewport.width >= 1024) {
        // From lg on the controls are the page's left column; the topology spans the rest.
        await expect(page.getByRole('complementary', { name: lang === 'en' ? 'Trade-off controls' : '트레이드오프 조정' })).toBeVisible()
      }
      const main = (await page.getByRole('main').boundingBox())!
      const topology = (await page.locator('main > section').first().boundingBox())!
      expect(topology.width).toBeGreaterThan(main.width - 48)
      await page.screenshot({ path: `test-results/screenshots/phone-dashboard/dashboard-${viewport.width}x${viewport.height}-${lang}.png`, fullPage: true })
      expect(consoleProblems).toEqual([])
    })
  }
}
