import { test, expect, openDashboard, screenshot } from './fixtures'

/**
 * SwiftLogix is over its ₩150,000 budget. The Budget popover's "Fit the budget" lists the cheapest
 * changes that reach it, each with what it costs; Apply adopts one (every KPI follows), Undo takes it back.
 */
test('a lead fits SwiftLogix to its budget from the Budget popover, and can undo it', async ({ page, consoleProblems }) => {
  await openDashboard(page, '/?preset=swiftlogix')
  const budget = page.getByTestId('kpi-budget')
  await expect(budget).toContainText('Over')
  await budget.click()

  await page.getByRole('button', { name: 'Fit the budget' }).click()
  const option = page.getByTestId('fit-budget-options').getByTestId('fit-budget-option').first()
  await expect(option).toContainText('−₩113,126/month → ₩148,005')
  await expect(option).toContainText('NAT: one shared NAT gateway → NAT instance (t3.nano)')
  await expect(option).toContainText('p95 at peak 83 ms → 91 ms')
  await screenshot(page, 'fit-the-budget')

  await option.getByRole('button', { name: 'Apply' }).click()
  await expect(budget).toContainText('Within')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('₩148,005')
  // Smaller tasks answer more slowly (the card shows the worse of the typical day and the peak).
  await expect(page.getByTestId('kpi-p95-latency')).not.toContainText('83 ms')
  await expect(page.getByTestId('kpi-p95-latency')).toContainText('met')

  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(budget).toContainText('Over')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('₩261,131')
  expect(consoleProblems).toEqual([])
})
