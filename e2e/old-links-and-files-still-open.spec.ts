import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { encodeScenarioParam } from '../lib/model'
import { EDITED_SWIFTLOGIX, FROZEN_LINKS, readFrozenText, rebuild } from '../data/presets/testing/frozen-v1-files'
import { test, expect, openDashboard } from './fixtures'

// Files written by model version 1 (lib/model/migrations/fixtures/v1) open in today's dashboard
// with the figures of the design they were made from.

const KPIS = ['kpi-monthly-cost', 'kpi-budget', 'kpi-recovery-coverage', 'kpi-p95-latency', 'kpi-security-findings']
const editedLink = FROZEN_LINKS.find((l) => l.name === 'edited swiftlogix')!

async function kpiTexts(page: Page): Promise<string[]> {
  await expect(page.getByTestId('kpi-monthly-cost')).toContainText('$')
  return Promise.all(KPIS.map(async (id) => (await page.getByTestId(id).textContent()) ?? ''))
}

/** The KPI strip of the edited design as today's ArchDeck links it. */
async function expectedKpis(page: Page): Promise<string[]> {
  await openDashboard(page, `/?s=${encodeScenarioParam(rebuild(EDITED_SWIFTLOGIX))}`)
  return kpiTexts(page)
}

test('a link made by model version 1 opens the design it was made from', async ({ page, consoleProblems }) => {
  const expected = await expectedKpis(page)
  await openDashboard(page, `/${editedLink.search}`)
  expect(await kpiTexts(page)).toEqual(expected)
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('radio', { name: 'One per AZ' })).toBeChecked()
  await expect(page.getByRole('tab', { name: 'Finance', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0)
  expect(consoleProblems).toEqual([])
})

test('a config exported by model version 1 imports as the design it was made from', async ({ page, consoleProblems }) => {
  const expected = await expectedKpis(page)
  await openDashboard(page, '/?preset=standard-web')
  await page.getByLabel('Import config file').setInputFiles(fileURLToPath(new URL('../lib/model/migrations/fixtures/v1/edited-swiftlogix.archdeck.json', import.meta.url)))
  await expect(page.getByTestId('notice')).toContainText('Imported edited-swiftlogix.archdeck.json')
  expect(await kpiTexts(page)).toEqual(expected)
  expect(consoleProblems).toEqual([])
})

test('work autosaved by model version 1 is restored, not reported as unreadable', async ({ page, consoleProblems }) => {
  const expected = await expectedKpis(page)
  const saved = readFrozenText('archdeck-work.txt')
  await page.addInitScript((text) => {
    if (!window.sessionStorage.getItem('seeded')) window.localStorage.setItem('archdeck:work', text)
    window.sessionStorage.setItem('seeded', '1')
  }, saved)
  await openDashboard(page)
  expect(await kpiTexts(page)).toEqual(expected)
  await expect(page.getByRole('switch', { name: 'Database Multi-AZ' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0)
  expect(consoleProblems).toEqual([])
})
