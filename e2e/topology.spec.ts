import { readFileSync } from 'node:fs'
import { test, expect, chooseRadio, openDashboard, screenshot } from './fixtures'

test('the topology draws security-group rules as edges labelled with their ports', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const canvas = page.getByTestId('topology-canvas')
  await expect(canvas.getByText('TCP 5432').first()).toBeVisible()
  await expect(canvas.getByText('TCP 22').first()).toBeVisible()
  await expect(canvas.getByText('TCP 443').first()).toBeVisible()
  await expect(page.getByTestId('topo-node-database')).toBeVisible()
  await screenshot(page, 'topology-swiftlogix')
  expect(consoleProblems).toEqual([])
})

test('the path-to-database lens answers whether the internet reaches the DB', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await chooseRadio(page, 'Highlight', 'Path to the database')
  const answer = page.getByTestId('db-path-answer')
  await expect(answer).toContainText('The internet cannot reach the database directly on 5432')
  await screenshot(page, 'topology-db-path')
  expect(consoleProblems).toEqual([])
})

test('selecting a node shows its details and the failure overlay marks single points of failure', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByTestId('topo-node-database').click()
  await expect(page.getByRole('complementary', { name: 'Selected component' })).toContainText('db.t3.micro')
  await page.getByLabel('Failure overlay').selectOption('az-outage')
  await expect(page.getByTestId('topology-canvas')).toContainText(/single point of failure/i)
  await screenshot(page, 'topology-az-outage-overlay')
  expect(consoleProblems).toEqual([])
})

test('the topology downloads as PNG and SVG', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()])
  expect(png.suggestedFilename()).toBe('swiftlogix-final-proposal-topology.png')
  const pngBytes = readFileSync((await png.path())!)
  expect(pngBytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect(pngBytes.length).toBeGreaterThan(10_000)
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()])
  expect(svg.suggestedFilename()).toBe('swiftlogix-final-proposal-topology.svg')
  const svgText = readFileSync((await svg.path())!, 'utf8')
  expect(svgText).toContain('<svg')
  expect(svgText).toContain('TCP 5432')
  expect(consoleProblems).toEqual([])
})
