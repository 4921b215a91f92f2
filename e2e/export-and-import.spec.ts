import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test, expect, openDashboard } from './fixtures'

const TFCHECK = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/tools/tfcheck/tfcheck.js')

test('Export Terraform downloads files that tfcheck accepts', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-e2e-tf-'))
  const downloads: string[] = []
  page.on('download', async (download) => {
    downloads.push(download.suggestedFilename())
    await download.saveAs(join(dir, download.suggestedFilename()))
  })
  await page.getByRole('button', { name: 'Export Terraform' }).click()
  await expect.poll(() => downloads.sort()).toEqual(['main.tf.json', 'variables.tf.json'])
  await expect.poll(() => existsSync(join(dir, 'variables.tf.json')) && existsSync(join(dir, 'main.tf.json'))).toBe(true)
  const main = JSON.parse(readFileSync(join(dir, 'main.tf.json'), 'utf8'))
  expect(Object.keys(main.resource)).toContain('aws_db_instance')
  if (!existsSync(TFCHECK)) {
    console.warn('tfcheck not found next to the repository: skipping the validator step')
    return
  }
  const result = spawnSync(process.execPath, [TFCHECK, '--json', dir], { encoding: 'utf8' })
  expect(JSON.parse(result.stdout).errors).toBe(0)
  expect(consoleProblems).toEqual([])
})

test('Export config downloads JSON that imports back', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export config' }).click()])
  const file = join(mkdtempSync(join(tmpdir(), 'archdeck-e2e-config-')), download.suggestedFilename())
  await download.saveAs(file)
  const exported = JSON.parse(readFileSync(file, 'utf8'))
  expect(exported.config.database.multiAz).toBe(true)
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('standard-web')
  await page.getByLabel('Import config file').setInputFiles(file)
  await expect(page.getByTestId('notice')).toContainText('Imported')
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByTestId('kpi-recovery-coverage')).toContainText('3/8 auto')
  expect(consoleProblems).toEqual([])
})

test('importing a broken config shows the error and keeps the current work', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('switch', { name: 'Database Multi-AZ' }).click()
  const before = await page.getByTestId('kpi-monthly-cost').textContent()
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-e2e-bad-'))
  writeFileSync(join(dir, 'broken.json'), '{ "config": { "region": "mars-1" } }')
  await page.getByLabel('Import config file').setInputFiles(join(dir, 'broken.json'))
  const notice = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' })
  await expect(notice).toContainText('config.region')
  await expect(notice).toContainText('Your current work is unchanged')
  await expect(page.getByTestId('kpi-monthly-cost')).toHaveText(before!)
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  writeFileSync(join(dir, 'not-json.json'), 'this is not json')
  await page.getByLabel('Import config file').setInputFiles(join(dir, 'not-json.json'))
  await expect(page.getByRole('alert').filter({ hasText: 'not-json.json was not imported' })).toContainText('not valid JSON')
  expect(consoleProblems).toEqual([])
})
