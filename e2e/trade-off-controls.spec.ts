import { setDbMultiAz, setNatGateways, setTasksPerService } from '../lib/model'
import { test, expect, chooseRadio, openDashboard, screenshot } from './fixtures'
import { evaluate, monthlyUsdText, presetScenario } from './engine-figures'

test('moving Tasks per service changes the monthly cost by the engine\'s amount', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const slider = page.getByRole('slider', { name: 'Tasks per service' })
  await expect(slider).toHaveValue('2')
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(slider).toHaveValue('3')
  const base = presetScenario('swiftlogix')
  const expected = monthlyUsdText({ ...base, config: setTasksPerService(base.config, 3) })
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(expected)
  // The headline moved; the band's minimum (all services at their minimum count) did not.
  await expect.poll(() => page.getByTestId('kpi-monthly-cost').textContent()).toMatch(`Monthly cost${expected}`)
  await expect(page.getByTestId('kpi-monthly-cost')).not.toContainText('Monthly cost$200.87')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('band $200.87')
  expect(consoleProblems).toEqual([])
})

test('switching Database Multi-AZ on reprices the database and its recovery', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const toggle = page.getByRole('switch', { name: 'Database Multi-AZ' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  const base = presetScenario('swiftlogix')
  const multi = { ...base, config: setDbMultiAz(base.config, true) }
  const { recovery } = evaluate(multi)
  await expect(page.getByTestId('kpi-recovery-coverage')).toContainText(`${recovery.autoCount}/${recovery.scenarios.length} auto`)
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(multi))
  // A Single-AZ database already recovers by itself (RDS replaces its host); the standby cuts that to a failover.
  const before = evaluate(base).recovery.scenarios.find((s) => s.id === 'db-unresponsive')!
  const after = recovery.scenarios.find((s) => s.id === 'db-unresponsive')!
  expect(after.rtoMinutes).toBeLessThan(before.rtoMinutes!)
  expect(consoleProblems).toEqual([])
})

test('changing NAT gateways reprices the network and recovery', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const nat = page.getByRole('radiogroup', { name: 'NAT gateways' })
  await expect(nat.getByRole('radio', { name: 'One shared' })).toBeChecked()
  await chooseRadio(page, 'NAT gateways', 'One per AZ')
  const base = presetScenario('swiftlogix')
  const perAz = { ...base, config: setNatGateways(base.config, 2) }
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(perAz))
  await chooseRadio(page, 'NAT gateways', 'None')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText({ ...base, config: setNatGateways(base.config, 0) }))
  await screenshot(page, 'controls-nat-none')
  expect(consoleProblems).toEqual([])
})

test('every control can be reached and operated with the keyboard', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const toggle = page.getByRole('switch', { name: 'Database Multi-AZ' })
  await toggle.focus()
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await page.getByRole('radio', { name: 'One shared' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'One per AZ' })).toBeChecked()
  const preset = page.getByRole('combobox', { name: 'Preset' })
  await preset.selectOption('petclinic-3tier')
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(presetScenario('petclinic-3tier')))
  expect(consoleProblems).toEqual([])
})
