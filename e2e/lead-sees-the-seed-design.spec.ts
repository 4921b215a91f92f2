import { test, expect, openDashboard, screenshot } from './fixtures'
import { monthlyUsdText, presetScenario } from './engine-figures'

test('a lead opens ArchDeck and sees the swiftlogix preset with its monthly total', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('swiftlogix')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(presetScenario('swiftlogix')))
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('$200.87')
  await expect(page.getByTestId('kpi-budget')).toContainText('Over')
  await expect(page.getByTestId('kpi-recovery-coverage')).toContainText('3/8 auto')
  await expect(page.getByTestId('kpi-security-findings')).toContainText('0 high')
  await screenshot(page, 'dashboard-swiftlogix')
  expect(consoleProblems).toEqual([])
})

test('every KPI opens to its formula, inputs and price source', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByTestId('kpi-monthly-cost').click()
  const explain = page.getByRole('dialog', { name: 'Monthly cost: how it is computed' })
  await expect(explain).toBeVisible()
  await expect(explain).toContainText('6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65')
  await expect(explain).toContainText('AWS pricing-page data file for Fargate')
  await expect(explain).toContainText('2025-10-27')
  await screenshot(page, 'kpi-cost-popover')
  await page.keyboard.press('Escape')
  await expect(explain).toBeHidden()
  for (const id of ['kpi-budget', 'kpi-recovery-coverage', 'kpi-p95-latency', 'kpi-security-findings']) {
    await page.getByTestId(id).click()
    await expect(page.locator(`#${id}-explain`)).toBeVisible()
    await expect(page.locator(`#${id}-explain code, #${id}-explain p`).first()).not.toBeEmpty()
    await page.keyboard.press('Escape')
  }
  expect(consoleProblems).toEqual([])
})
