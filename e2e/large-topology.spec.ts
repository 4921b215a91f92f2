import { buildLargeScenario } from '../bench/large-config'
import { test, expect, openDashboard, screenshot } from './fixtures'

/**
 * A lead imports a 50-service design (3 AZs, 355 security-group rules) and still reads the
 * topology: the crowded private-app tier starts collapsed, a group opens and closes, a port
 * filter narrows the lines and a search finds one service.
 */
test('a 50-service design stays readable: collapsed tiers, port filter and search', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const scenario = buildLargeScenario(50)
  await page.getByLabel('Import config file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  await expect(page.getByTestId('notice')).toContainText('Imported')

  const canvas = page.getByTestId('topology-canvas')
  const appTier = page.getByTestId('topo-node-subnet:private-app-a')
  await expect(appTier).toContainText('Private app · AZ a')
  await expect(appTier).toContainText('50 services')
  await expect(page.getByTestId('topo-node-service:svc-17')).toHaveCount(0)

  // Fit to view and look: every box apart, every label legible.
  await canvas.getByRole('button', { name: /fit view/i }).click()
  await page.waitForTimeout(400)
  await canvas.scrollIntoViewIfNeeded()
  await page.getByRole('region', { name: 'Network and security groups' }).screenshot({ path: 'test-results/screenshots/large-topology-fit.png' })
  const boxes = await canvas.locator('.react-flow__node-resource, .react-flow__node-external, .react-flow__node-summary').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect()
      return { id: n.getAttribute('data-id'), x: r.x, y: r.y, width: r.width, height: r.height }
    }),
  )
  const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id} × ${b.id}`))
  expect(overlapping).toEqual([])

  // Open the tier, then close it again.
  await page.getByTestId('topology-collapse-subnet:private-app-a').click()
  await expect(page.getByTestId('topo-node-service:svc-01')).toBeVisible()
  await expect(page.getByTestId('topology-collapse-subnet:private-app-a')).toHaveAttribute('aria-expanded', 'true')
  await page.getByTestId('topology-collapse-subnet:private-app-a').click()
  await expect(appTier).toContainText('50 services')
  await expect(page.getByTestId('topo-node-service:svc-01')).toHaveCount(0)

  // Only the database port: one merged line from the collapsed tier, the bastion's own line.
  await page.getByLabel('Filter by port').selectOption({ label: 'TCP 5432' })
  await expect(canvas.getByText('TCP 5432 ×50')).toBeVisible()
  await expect(canvas.getByText('TCP 22', { exact: true })).toHaveCount(0)
  await screenshot(page, 'large-topology-port-5432')
  await page.getByLabel('Filter by port').selectOption({ label: 'All ports' })

  // Search opens the tier around the hit, centres on it and rings it; the rest fades.
  const search = page.getByLabel('Search the topology')
  await search.fill('Service 17')
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 of 1 found')
  const hit = page.getByTestId('topo-node-service:svc-17')
  await expect(hit).toBeVisible()
  await expect(hit.locator('[data-search-match="current"]')).toHaveCount(1)
  await page.waitForTimeout(600)
  await page.getByRole('region', { name: 'Network and security groups' }).screenshot({ path: 'test-results/screenshots/large-topology-search.png' })
  // Enter cycles through several hits.
  await search.fill('svc-4')
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 of 10 found')
  await search.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 of 10 found')
  await expect(page.getByTestId('topo-node-service:svc-41').locator('[data-search-match="current"]')).toHaveCount(1)
  await search.fill('')
  await expect(appTier).toContainText('50 services')
  expect(consoleProblems).toEqual([])
})
