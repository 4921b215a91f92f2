import { test, expect, openDashboard, screenshot } from './fixtures'
import { withUnpricedReservations } from '../data/presets/testing/unpriced-reservations'
import { encodeScenarioParam } from '../lib/model'
import { evaluate, presetScenario } from './engine-figures'

const TABS: [string, RegExp][] = [
  ['Overview', /budget/i],
  ['Ops', /Availability zone outage/],
  ['Business', /Black Friday/],
  ['Security', /defense|layer/i],
  ['Finance', /Fargate/],
  ['CTO', /p95/],
]

test('each stakeholder tab answers its question from the same model', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  for (const [name, content] of TABS) {
    const tab = page.getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    const panel = page.getByRole('tabpanel')
    await expect(panel).toContainText(content)
    await screenshot(page, `view-${name.toLowerCase()}`)
  }
  expect(consoleProblems).toEqual([])
})

test('the Ops view lists all eight failure scenarios with their modes', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('tab', { name: 'Ops', exact: true }).click()
  const panel = page.getByRole('tabpanel')
  for (const word of ['crash', 'host', 'unresponsive', 'outage', 'deploy', 'disk', 'NAT', 'region']) await expect(panel).toContainText(new RegExp(word, 'i'))
  expect(consoleProblems).toEqual([])
})

test('the Finance view shows unknown prices as unknown, never $0', async ({ page, consoleProblems }) => {
  // Plan 2 on 3-year partial-upfront reservations, which no source prices: RDS, cache and bastion unknown.
  const scenario = withUnpricedReservations(presetScenario('swiftlogix-seoul-plan2'))
  await openDashboard(page, `/?s=${encodeScenarioParam(scenario)}`)
  await page.getByRole('tab', { name: 'Finance', exact: true }).click()
  await expect(page.getByRole('tabpanel')).toContainText(/unknown/i)
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(`${evaluate(scenario).cost.unknownLines.length} unknown`)
  await screenshot(page, 'view-finance-plan2')
  expect(consoleProblems).toEqual([])
})
