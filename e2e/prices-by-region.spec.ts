import { encodeScenarioParam, setRegion } from '../lib/model'
import { test, expect, openDashboard, screenshot } from './fixtures'
import { evaluate, monthlyUsdText, presetScenario } from './engine-figures'

/** The cost card's headline: the engine's total, with "+" when unknown lines make it a lower bound. */
function headline(scenario: ReturnType<typeof presetScenario>): string {
  const { cost } = evaluate(scenario)
  return `Monthly cost${monthlyUsdText(scenario)}${cost.complete ? '' : '+'}`
}

test('choosing a Region reprices the design from that region\'s prices', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const region = page.getByRole('combobox', { name: 'Region' })
  await expect(region).toHaveValue('us-east-1')
  const base = presetScenario('swiftlogix')
  for (const target of ['ap-northeast-1', 'eu-central-1', 'ap-northeast-2'] as const) {
    await region.selectOption(target)
    await expect(region).toHaveValue(target)
    await expect.poll(() => page.getByTestId('kpi-monthly-cost').textContent()).toContain(headline({ ...base, config: setRegion(base.config, target) }))
  }
  await screenshot(page, 'region-seoul')
  expect(consoleProblems).toEqual([])
})

test('a link to a design in another region opens with that region\'s figures from the first paint', async ({ page, consoleProblems }) => {
  const base = presetScenario('petclinic-3tier')
  const tokyo = { ...base, config: setRegion(base.config, 'ap-northeast-1') }
  await openDashboard(page, `/?s=${encodeScenarioParam(tokyo)}`)
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-northeast-1')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(headline(tokyo))
  // The server's figures and the browser's first render agree: no hydration warning (consoleProblems).
  expect(consoleProblems).toEqual([])
})

test('the deck of a design in another region prices its decision with that region\'s prices from the first paint', async ({ page, consoleProblems }) => {
  const base = presetScenario('petclinic-3tier')
  const frankfurt = { ...base, config: setRegion(base.config, 'eu-central-1') }
  await page.goto(`/present?s=${encodeScenarioParam(frankfurt)}`)
  await expect(page.getByTestId('presentation')).toBeVisible()
  await page.waitForLoadState('networkidle')
  // The browser's first render agrees with the server's (no hydration warning in consoleProblems).
  expect(consoleProblems).toEqual([])
})
