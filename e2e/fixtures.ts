import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'
import { presetScenario } from './engine-figures'

/**
 * Every journey fails on a console error or React warning, and starts from a clean browser
 * (no saved work) unless it opts out.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || (message.type() === 'warning' && /React|Warning:/.test(message.text()))) problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await use(problems)
    expect(problems, 'console errors or React warnings').toEqual([])
  },
})

export { expect }

export async function openDashboard(page: Page, path = '/') {
  await page.goto(path)
  await expect(page.getByTestId('kpi-monthly-cost')).toBeVisible()
  // The topology is drawn on the client; wait for it so screenshots and counts are stable.
  await expect(page.getByTestId('topology-canvas')).toBeVisible()
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/** Radios in segmented controls are visually hidden inside their labels: click the label text. */
export async function chooseRadio(page: Page, groupName: string, optionName: string) {
  await page.getByRole('radiogroup', { name: groupName }).getByText(optionName, { exact: true }).click()
  await expect(page.getByRole('radiogroup', { name: groupName }).getByRole('radio', { name: optionName })).toBeChecked()
}

/** A read-only share link to version 1 of a saved seed plan, made through the API as the workspace panel makes it. */
export async function createShareLink(request: APIRequestContext): Promise<string> {
  const workspace = await request.post('/api/workspaces', { data: { name: `Headers ${Date.now()}` } })
  expect(workspace.status()).toBe(201)
  const { workspace: created } = await workspace.json()
  const scenario = await request.post(`/api/workspaces/${created.id}/scenarios`, { data: { name: 'Final', scenario: presetScenario('swiftlogix-seoul-final') } })
  expect(scenario.status()).toBe(201)
  const { scenario: saved } = await scenario.json()
  const share = await request.post('/api/share', { data: { workspaceId: created.id, scenarioId: saved.id, version: 1 } })
  expect(share.status()).toBe(201)
  return (await share.json()).path as string
}
