import { test, expect, openDashboard, screenshot } from './fixtures'

test('the price list filters any region\'s prices by service, basis and class, and marks old ones', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('button', { name: 'Prices' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Price region' }).selectOption('eu-west-1')
  await dialog.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'RDS' })
  await dialog.getByRole('combobox', { name: 'Basis' }).selectOption({ label: 'derived' })
  await dialog.getByRole('searchbox', { name: 'Key or class' }).fill('db.t3.small')
  // Ireland's RDS Multi-AZ rows are derived (2 × Single-AZ) from a 2021 source: listed, dated and old.
  const row = dialog.locator('tr[data-price-key="rds.mysql.db.t3.small.multi_az.hour"]')
  await expect(row).toBeVisible()
  await expect(row).toContainText('2021-08-03')
  await expect(row).toContainText('old')
  await expect(dialog.locator('tr[data-price-key^="ec2."]')).toHaveCount(0)
  await screenshot(page, 'price-list-eu-west-1')
  expect(consoleProblems).toEqual([])
})
