import { test, expect, openDashboard, screenshot } from './fixtures'

test('a Korean lead switches the language and it stays switched', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('월 비용')
  await expect(page.getByTestId('kpi-budget')).toContainText('예산 초과')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('₩261,131')
  await page.reload()
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko')
  await expect(page.getByTestId('kpi-recovery-coverage')).toContainText('3/8 자동')
  await screenshot(page, 'dashboard-ko')
  expect(consoleProblems).toEqual([])
})
