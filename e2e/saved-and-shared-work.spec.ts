import { test, expect, chooseRadio, openDashboard } from './fixtures'

test('a reload restores the work', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  await chooseRadio(page, 'NAT gateways', 'One per AZ')
  await expect(page).toHaveURL(/[?&]s=/)
  const cost = await page.getByTestId('kpi-monthly-cost').textContent()
  await page.goto('/')
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('radio', { name: 'One per AZ' })).toBeChecked()
  await expect(page.getByTestId('kpi-monthly-cost')).toHaveText(cost!)
  expect(consoleProblems).toEqual([])
})

test('a shared URL reproduces the view in a fresh browser', async ({ page, browser, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('slider', { name: 'Tasks per service' }).fill('5')
  await page.getByRole('tab', { name: 'Finance', exact: true }).click()
  await expect(page).toHaveURL(/tab=finance/)
  await expect(page).toHaveURL(/[?&]s=/)
  const url = page.url()
  const cost = await page.getByTestId('kpi-monthly-cost').textContent()
  const other = await browser.newContext()
  const fresh = await other.newPage()
  await openDashboard(fresh, url)
  await expect(fresh.getByTestId('kpi-monthly-cost')).toHaveText(cost!)
  await expect(fresh.getByRole('slider', { name: 'Tasks per service' })).toHaveValue('5')
  await expect(fresh.getByRole('tab', { name: 'Finance', exact: true })).toHaveAttribute('aria-selected', 'true')
  await other.close()
  expect(consoleProblems).toEqual([])
})

test('corrupted saved work is reported and ignored, never a blank page', async ({ page, consoleProblems }) => {
  await page.addInitScript(() => window.localStorage.setItem('archdeck:work', '{"version":1, broken'))
  await openDashboard(page)
  await expect(page.getByTestId('notice')).toContainText('The saved work in this browser is corrupted and was ignored.')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('$200.87')
  // Autosave will replace archdeck:work; the unreadable text is kept aside, never lost.
  await expect(page.getByTestId('notice')).toContainText('A copy is kept in this browser under "archdeck:work:unreadable".')
  expect(await page.evaluate(() => window.localStorage.getItem('archdeck:work:unreadable'))).toBe('{"version":1, broken')
  expect(consoleProblems).toEqual([])
})

test('a broken link is reported and the default preset opens', async ({ page, consoleProblems }) => {
  await openDashboard(page, '/?s=not-a-scenario')
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('$200.87')
  expect(consoleProblems).toEqual([])
})
