import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, openDashboard, screenshot } from './fixtures'

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Workspace', exact: true }).click()
  const panel = page.getByRole('dialog', { name: 'Workspace' })
  await expect(panel).toBeVisible()
  return panel
}

async function saveAsNewScenario(page: Page, name: string) {
  const panel = await openPanel(page)
  await panel.locator('#new-scenario-name').fill(name)
  await panel.getByRole('button', { name: 'Save as new scenario' }).click()
  await expect(panel.getByTestId('scenario-row').filter({ hasText: name }).first()).toBeVisible()
  await panel.getByRole('button', { name: 'Close' }).click()
}

test('a lead saves three plans, records the decision, shares it and presents it in Korean', async ({ page, browser, consoleProblems }) => {
  test.setTimeout(120_000)
  const workspace = `Seoul move ${Date.now()}`
  await openDashboard(page, '/?preset=swiftlogix-seoul-plan1')
  const panel = await openPanel(page)
  // A first visit shows the create form; with workspaces already stored, a button opens it.
  const newButton = panel.getByRole('button', { name: '+ New workspace' })
  const nameInput = panel.locator('#new-workspace-name')
  await expect(newButton.or(nameInput).first()).toBeVisible()
  if (!(await nameInput.isVisible())) await newButton.click()
  await panel.locator('#new-workspace-name').fill(workspace)
  await panel.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(panel).toContainText(workspace)
  await panel.getByRole('button', { name: 'Close' }).click()

  await saveAsNewScenario(page, 'Plan 1')
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('swiftlogix-seoul-plan2')
  await saveAsNewScenario(page, 'Plan 2')
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('swiftlogix-seoul-final')
  await saveAsNewScenario(page, 'Final')

  const again = await openPanel(page)
  await expect(again.getByTestId('scenario-row')).toHaveCount(3)
  await again.getByRole('button', { name: 'Record a decision' }).click()
  const form = again.getByRole('form', { name: 'Record a decision' })
  await form.getByLabel('Title').fill('Run the Seoul stack on the final plan')
  await form.getByLabel('Context').fill('The CFO caps the bill; the CTO wants p95 under 1 s at the peak.')
  for (const name of ['Plan 1', 'Plan 2', 'Final']) await form.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check()
  await form.getByRole('radio', { name: 'Chosen: Final' }).check()
  await form.getByLabel('Consequences').fill('One NAT gateway: an AZ outage needs a person for egress.')
  await form.getByRole('button', { name: /Record decision/ }).click()
  await expect(again).toContainText('Run the Seoul stack on the final plan')
  await screenshot(page, 'journey-decision-log')

  const [adr] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'Download ADR' }).first().click()])
  expect(adr.suggestedFilename()).toBe('0001-run-the-seoul-stack-on-the-final-plan.md')
  const markdown = readFileSync((await adr.path())!, 'utf8')
  expect(markdown).toContain('Run the Seoul stack on the final plan')
  expect(markdown).toMatch(/Final/)

  await again.getByRole('button', { name: 'Share Final' }).click()
  const link = again.getByRole('link', { name: 'Open' }).last()
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/s\/[A-Za-z0-9_-]{22,}$/)

  const visitor = await browser.newContext()
  const deck = await visitor.newPage()
  await deck.goto(href!)
  await expect(deck.getByText(`${workspace} · Final v1`).first()).toBeVisible()
  await expect(deck.getByText('1 / 7').first()).toBeVisible()
  await deck.keyboard.press('ArrowRight')
  await expect(deck.getByText('2 / 7').first()).toBeVisible()
  await deck.keyboard.press('Space')
  await expect(deck.getByText('3 / 7').first()).toBeVisible()
  await deck.keyboard.press('End')
  await expect(deck.getByText('7 / 7').first()).toBeVisible()
  await deck.keyboard.press('Home')
  await deck.getByRole('button', { name: '한국어' }).click()
  await expect(deck.locator('main, body').first()).toContainText('원')
  await deck.screenshot({ path: 'test-results/screenshots/journey-shared-deck-ko.png' })
  const [report] = await Promise.all([deck.waitForEvent('download'), deck.getByRole('button', { name: /보고서|Markdown/ }).first().click()])
  const reportText = readFileSync((await report.path())!, 'utf8')
  expect(reportText).toMatch(/원/)
  expect(reportText).toContain('1,300')
  await visitor.close()
  expect(consoleProblems).toEqual([])
})

test('a lead compares the four Seoul plans and sees who wins what', async ({ page, consoleProblems }) => {
  await page.goto('/compare?presets=swiftlogix-seoul-plan1,swiftlogix-seoul-plan2,swiftlogix-seoul-plan3,swiftlogix-seoul-final')
  await expect(page.getByText(/Who wins what/).first()).toBeVisible()
  await expect(page.getByRole('table').first()).toContainText('Plan 1')
  await expect(page.locator('body')).toContainText('az-outage')
  await screenshot(page, 'journey-compare')
  expect(consoleProblems).toEqual([])
})
