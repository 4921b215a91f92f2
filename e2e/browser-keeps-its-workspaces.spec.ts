import type { Page } from '@playwright/test'
import { test, expect, openDashboard } from './fixtures'

/**
 * The server lists no workspaces (an id is the key to one): the browser keeps those it created or
 * opened, can forget one (the workspace stays on the server) and can open one by its link.
 */

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Workspace', exact: true }).click()
  const panel = page.getByRole('dialog', { name: 'Workspace' })
  await expect(panel).toBeVisible()
  return panel
}

test('the browser lists the workspaces it created or opened, forgets one and opens one by its link', async ({ page, browser, request, consoleProblems }) => {
  test.setTimeout(90_000)
  const name = `Kept here ${Date.now()}`
  const theirs = `Someone else's ${Date.now()}`
  expect((await request.post('/api/workspaces', { data: { name: theirs } })).status()).toBe(201)

  await openDashboard(page)
  let panel = await openPanel(page)
  const newButton = panel.getByRole('button', { name: '+ New workspace' })
  const nameInput = panel.locator('#new-workspace-name')
  await expect(newButton.or(nameInput).first()).toBeVisible()
  if (!(await nameInput.isVisible())) await newButton.click()
  await nameInput.fill(name)
  await panel.getByRole('button', { name: 'Create', exact: true }).click()
  const option = panel.locator('#workspace-select option', { hasText: name })
  await expect(option).toHaveCount(1)
  const id = (await option.getAttribute('value'))!
  expect(id).toMatch(/^ws_[A-Za-z0-9_-]{22}$/)

  // Nobody can list workspaces, so another person's never shows up here; ours survives a reload.
  const listed = await request.get('/api/workspaces')
  expect(listed.status()).toBe(405)
  expect(listed.headers()['allow']).toBe('OPTIONS, POST')
  await page.reload()
  await expect(page.getByTestId('kpi-monthly-cost')).toBeVisible()
  panel = await openPanel(page)
  await expect(panel.locator('#workspace-select option', { hasText: name })).toHaveCount(1)
  await expect(panel.locator('#workspace-select option', { hasText: theirs })).toHaveCount(0)
  expect(await page.evaluate(() => window.localStorage.getItem('archdeck:workspaces'))).toContain(id)

  // Copy its link, then forget it: asked first, and told it stays on the server.
  await panel.getByRole('button', { name: 'Copy workspace link' }).click()
  const link = await panel.getByRole('textbox', { name: 'Copy workspace link' }).inputValue()
  expect(link).toMatch(new RegExp(`/workspaces#ws=${id}$`))
  await panel.getByRole('button', { name: `Forget ${name}` }).click()
  await expect(panel.getByTestId('forget-workspace')).toContainText('stay on the server')
  await panel.getByRole('button', { name: 'Forget in this browser' }).click()
  await expect(panel.getByText('It is still on the server for anyone holding its link.')).toBeVisible()
  await expect(panel.locator('#workspace-select option', { hasText: name })).toHaveCount(0)
  expect((await request.get(`/api/workspaces/${id}`)).status()).toBe(200)

  // A share link is not a workspace link; the workspace link opens it again.
  await panel.getByRole('button', { name: 'Open a workspace by link' }).click()
  const field = panel.getByLabel('Workspace link or id')
  await field.fill('http://127.0.0.1/s/AAAAAAAAAAAAAAAAAAAAAA')
  await panel.getByRole('button', { name: 'Open workspace' }).click()
  await expect(panel.getByText('This is not a workspace link or id.')).toBeVisible()
  await field.fill(`${id.slice(0, -1)}x`)
  await panel.getByRole('button', { name: 'Open workspace' }).click()
  await expect(panel.getByText('No workspace has this id on this server.')).toBeVisible()
  // The browser logs the refused lookup itself; that 404 is the point of this step.
  const logged = consoleProblems.findIndex((problem) => /status of 404/.test(problem))
  if (logged >= 0) consoleProblems.splice(logged, 1)
  await field.fill(link)
  await panel.getByRole('button', { name: 'Open workspace' }).click()
  await expect(panel.locator('#workspace-select')).toHaveValue(id)
  await expect(panel.locator('#workspace-select option', { hasText: name })).toHaveCount(1)

  // In another browser, the link alone opens it and adds it to that browser's list.
  const colleague = await browser.newContext()
  const other = await colleague.newPage()
  await other.goto(link)
  await expect(other.locator('#workspace-select')).toHaveValue(id)
  await expect(other).toHaveURL(/\/workspaces$/)
  await colleague.close()
  expect(consoleProblems).toEqual([])
})

test('a workspace this tab had open before the browser kept a list is still listed', async ({ browser, request }) => {
  const name = `From before ${Date.now()}`
  const { workspace } = await (await request.post('/api/workspaces', { data: { name } })).json()
  const context = await browser.newContext()
  // What an earlier ArchDeck left in this tab: the workspace selected, and no list in localStorage.
  await context.addInitScript((id) => {
    if (!window.sessionStorage.getItem('archdeck:workspace-link')) window.sessionStorage.setItem('archdeck:workspace-link', JSON.stringify({ state: { workspaceId: id, link: null, conflict: null }, version: 1 }))
  }, workspace.id)
  const page = await context.newPage()
  await page.goto('/workspaces')
  await expect(page.locator('#workspace-select option', { hasText: name })).toHaveCount(1)
  await expect(page.locator('#workspace-select')).toHaveValue(workspace.id)
  await context.close()
})
