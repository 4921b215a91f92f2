import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectSourceFiles } from '../cli/import/collect-files'
import { importTerraform } from '../lib/import'
import { monthlyUsdText } from './engine-figures'
import { test, expect, openDashboard, chooseRadio } from './fixtures'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../test-fixtures/terraform')

/**
 * What the engine makes of a folder, imported as the dialog imports a picked folder: its files,
 * paths relative to it, and no .tfvars applied beyond those Terraform loads by itself.
 */
async function importFolder(folder: string) {
  const collected = collectSourceFiles([folder])
  if (!collected.ok) throw new Error(collected.message)
  return importTerraform(collected.files, { varFiles: collected.varFiles })
}

/** The KPI strip as text: cost, budget, recovery, p95 and security, which every edit below moves. */
async function kpis(page: import('@playwright/test').Page) {
  const ids = ['kpi-monthly-cost', 'kpi-recovery-coverage', 'kpi-p95-latency', 'kpi-security-findings']
  return Promise.all(ids.map((id) => page.getByTestId(id).textContent()))
}

test('importing a Terraform folder shows its topology and its cost', async ({ page, consoleProblems }) => {
  const folder = join(FIXTURES, 'local-modules')
  const expected = await importFolder(folder)
  if (!expected.ok) throw new Error('the fixture should import')
  await openDashboard(page)
  await page.getByRole('button', { name: 'Import Terraform', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import Terraform' })
  await dialog.getByLabel('Choose folder').setInputFiles(folder)
  await expect(dialog.getByTestId('import-report-understood')).toHaveAttribute('data-count', String(expected.report.understood.length))
  await expect(dialog.getByTestId('import-report-assumed')).toHaveAttribute('data-count', String(expected.report.assumed.length))
  await dialog.getByRole('button', { name: 'Use this design' }).click()
  await expect(dialog).toBeHidden()
  // The engine's own figure for the imported design, and a box for each of its services.
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText(monthlyUsdText(expected.scenario))
  for (const service of expected.scenario.config.services)
    await expect(page.getByTestId('topology-canvas').getByRole('group', { name: new RegExp(`^${service.name}`) }).first()).toBeVisible()
  // What Terraform does not hold starts from stated defaults the lead then sets: the SLA here.
  const p95Target = page.getByRole('textbox', { name: 'p95 target' })
  await p95Target.fill('2500')
  await p95Target.press('Enter')
  await expect(page.getByTestId('kpi-p95-latency')).toContainText('2,500 ms')
  expect(consoleProblems).toEqual([])
})

test('adding a service, opening a port and removing the NAT, then undoing all three, gives the original figures back', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const original = await kpis(page)
  const nat = page.getByRole('radiogroup', { name: 'NAT gateways' })
  const natBefore = await nat.getByRole('radio', { checked: true }).getAttribute('value')

  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Add service' }).click()
  const inspector = page.getByRole('region', { name: 'Inspector' })
  await expect(inspector.getByRole('textbox', { name: 'Name' })).toHaveValue('New service')
  await expect.poll(() => kpis(page)).not.toEqual(original)
  const withService = await kpis(page)

  await page.getByRole('group', { name: /^Public ALB/ }).first().click()
  await inspector.getByRole('button', { name: /^Edit security group/ }).first().click()
  await inspector.getByRole('button', { name: 'Add rule' }).click()
  await inspector.getByRole('textbox', { name: 'From port' }).fill('22')
  await inspector.getByRole('button', { name: 'Save rule' }).click()
  await expect(inspector.getByTestId('inspector-ingress-rules')).toContainText('TCP 22 from 0.0.0.0/0')
  // SSH open to the world is a high finding (CKV_AWS_24): the security figure moves.
  await expect.poll(() => kpis(page)).not.toEqual(withService)

  await chooseRadio(page, 'NAT gateways', 'None')
  await expect(page.getByTestId('notice')).toBeHidden()

  const undo = page.getByRole('button', { name: 'Undo' })
  for (let step = 0; step < 3; step++) await undo.click()
  await expect.poll(() => kpis(page)).toEqual(original)
  await expect(nat.getByRole('radio', { checked: true })).toHaveAttribute('value', natBefore!)
  // Redo is there for all three.
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled()
  expect(consoleProblems).toEqual([])
})

test('undo survives a reload and the keyboard undoes too', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const original = await kpis(page)
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  await expect.poll(() => kpis(page)).not.toEqual(original)
  // The address bar carries the edited design once the work is saved.
  await expect(page).toHaveURL(/[?&]s=/)
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.getByTestId('kpi-monthly-cost').click()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'false')
  await expect.poll(() => kpis(page)).toEqual(original)
  expect(consoleProblems).toEqual([])
})

test('a broken Terraform file is reported with its place and leaves the work untouched', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  const before = await kpis(page)
  const folder = join(FIXTURES, 'broken')
  const expected = await importFolder(folder)
  if (expected.ok) throw new Error('the broken fixture should not import')
  const place = expected.errors.find((e) => e.where?.line)!.where!
  await page.getByRole('button', { name: 'Import Terraform', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import Terraform' })
  await dialog.getByLabel('Choose folder').setInputFiles(folder)
  const errors = dialog.getByTestId('import-errors')
  await expect(errors).toContainText(`${place.file}, line ${place.line}`)
  await expect(dialog.getByRole('button', { name: 'Use this design' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await kpis(page)).toEqual(before)
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  expect(consoleProblems).toEqual([])
})
