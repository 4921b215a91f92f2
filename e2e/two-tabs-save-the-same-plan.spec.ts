import type { Page } from '@playwright/test'
import { test, expect, chooseRadio, openDashboard } from './fixtures'

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Workspace', exact: true }).click()
  const panel = page.getByRole('dialog', { name: 'Workspace' })
  await expect(panel).toBeVisible()
  return panel
}

test('when two tabs save the same plan, the second gets a conflict message and nothing is lost', async ({ page, context, consoleProblems }) => {
  test.setTimeout(90_000)
  const workspace = `Conflict ${Date.now()}`
  const plan = `Plan X ${Date.now()}`
  await openDashboard(page)
  const first = await openPanel(page)
  const newButton = first.getByRole('button', { name: '+ New workspace' })
  const nameInput = first.locator('#new-workspace-name')
  await expect(newButton.or(nameInput).first()).toBeVisible()
  if (!(await nameInput.isVisible())) await newButton.click()
  await nameInput.fill(workspace)
  await first.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(first.locator('#workspace-select option', { hasText: workspace })).toHaveCount(1)
  await first.locator('#new-scenario-name').fill(plan)
  await first.getByRole('button', { name: 'Save as new scenario' }).click()
  await expect(first.getByTestId('scenario-row').filter({ hasText: plan })).toBeVisible()
  await first.getByRole('button', { name: 'Close' }).click()

  // A second tab opens the same version 1.
  const second = await context.newPage()
  await openDashboard(second)
  const other = await openPanel(second)
  const workspaceId = await other.locator('#workspace-select option', { hasText: workspace }).getAttribute('value')
  await other.locator('#workspace-select').selectOption(workspaceId!)
  await other.getByRole('button', { name: `Open ${plan}` }).click()
  const replace = second.getByRole('button', { name: 'Replace them' })
  if (await replace.isVisible().catch(() => false)) await replace.click()
  await expect(other).toContainText(plan)
  await other.getByRole('button', { name: 'Close' }).click()

  // The first tab saves version 2.
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  const firstAgain = await openPanel(page)
  await firstAgain.getByRole('button', { name: 'Save version 2' }).click()
  await expect(page.getByTestId('notice').or(firstAgain).filter({ hasText: /Saved version 2/ }).first()).toBeVisible()

  // The second tab, still on version 1, saves too.
  await chooseRadio(second, 'NAT gateways', 'One per AZ')
  const otherAgain = await openPanel(second)
  await otherAgain.getByRole('button', { name: 'Save version 2' }).click()
  await expect(otherAgain).toContainText(`Someone saved version 2 of “${plan}” while you were editing version 1`)
  await expect(otherAgain).toContainText(`${plan} (conflict copy)`)
  await expect(otherAgain.getByTestId('scenario-row').filter({ hasText: `${plan} (conflict copy)` })).toBeVisible()
  // The second tab still shows its own work.
  await expect(second.getByRole('radiogroup', { name: 'NAT gateways' }).getByRole('radio', { name: 'One per AZ' })).toBeChecked()
  await second.screenshot({ path: 'test-results/screenshots/journey-conflict.png', fullPage: true })
  expect(consoleProblems).toEqual([])
})
