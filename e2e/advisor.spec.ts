import { advise } from '../lib/advise/advise'
import { resolveGoals } from '../lib/advise/goals'
import { sayKpi } from '../lib/i18n/catalog/say-kpi'
import { sayUi } from '../lib/i18n/catalog/say-ui'
import { formatKrw, formatMs, formatUsd } from '../lib/i18n/format'
import type { Scenario } from '../lib/model'
import { evaluate, presetScenario } from './engine-figures'
import { test, expect, openDashboard, screenshot } from './fixtures'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

const KPI_IDS = ['kpi-monthly-cost', 'kpi-budget', 'kpi-recovery-coverage', 'kpi-p95-latency', 'kpi-security-findings']

function kpiTexts(page: Page) {
  return Promise.all(KPI_IDS.map((id) => page.getByTestId(id).textContent()))
}

/** What each KPI card must read for a scenario, worded as the strip words it, from the engine's figures. */
function expectedKpis(scenario: Scenario): Record<string, string[]> {
  const { cost, recovery, capacity, security } = evaluate(scenario)
  const worst = Math.max(...capacity.services.map((s) => s.p95Ms))
  return {
    'kpi-monthly-cost': [formatUsd(cost.monthlyUsd, 'en'), formatKrw(cost.monthlyKrw, 'en')],
    'kpi-budget': [sayUi('en', { code: cost.budget.withinBudget ? 'ui.kpi.within' : 'ui.kpi.over', params: {} })],
    'kpi-recovery-coverage': [sayKpi('en', { code: 'kpi.recovery-value', params: { auto: recovery.autoCount, total: recovery.scenarios.length } })],
    'kpi-p95-latency': [formatMs(worst, 'en')],
    'kpi-security-findings': [sayKpi('en', { code: 'kpi.findings-value', params: { high: security.counts.high } })],
  }
}

async function openAdvisor(page: Page, name = 'Advisor') {
  const tab = page.getByRole('tab', { name, exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('advisor-view')).toBeVisible()
}

test('a lead opens the Advisor, applies the cheapest design within budget, sees every KPI follow, and undoes it', async ({ page, consoleProblems }) => {
  const swiftlogix = presetScenario('swiftlogix')
  expect(swiftlogix.requirements.budget).toMatchObject({ monthly: 150_000, currency: 'KRW' })
  const answer = advise(swiftlogix, resolveGoals(swiftlogix))
  const best = answer.best!
  expect(best.monthlyKrw).toBeLessThanOrEqual(150_000)

  await openDashboard(page)
  const original = await kpiTexts(page)
  await openAdvisor(page)
  const status = page.getByTestId('advisor-status')
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  await expect(status).toHaveAttribute('data-examined', String(answer.examined))
  expect(Number(await status.getAttribute('data-elapsed-ms'))).toBeGreaterThan(0)
  await expect(status).toContainText(`${answer.examined} designs examined in`)
  await expect(page.getByTestId('advisor-frontier')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Preview design \d+$/ })).toHaveCount(answer.frontier.length)

  // The best design is previewed first, with its changes in Compare's words.
  const preview = page.getByTestId('advisor-preview')
  await expect(preview).toContainText('Best design: the cheapest that meets every goal')
  await expect(preview).toContainText(formatKrw(best.monthlyKrw, 'en'))
  await expect(preview.getByTestId('advisor-changes').getByRole('listitem')).toHaveCount(best.changes.length)
  await expect(preview).toContainText(/NAT: .* → NAT instance/)
  await screenshot(page, 'advisor')

  await preview.getByRole('button', { name: 'Apply' }).click()
  const expected = expectedKpis(best.scenario)
  for (const [id, texts] of Object.entries(expected)) for (const text of texts) await expect(page.getByTestId(id)).toContainText(text)
  await expect(page.getByTestId('kpi-budget')).toContainText('Within')
  const applied = await kpiTexts(page)
  expect(applied).not.toEqual(original)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => kpiTexts(page)).toEqual(original)
  expect(consoleProblems).toEqual([])
})

test('hovering a point on the frontier shows its figures, and clicking it previews that design', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await openAdvisor(page)
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  // The frontier's designs are drawn first, cheapest first; the current design is the last point.
  const third = page.getByTestId('advisor-frontier').locator('.recharts-scatter-symbol').nth(2)
  await third.hover()
  const tooltip = page.locator('.recharts-tooltip-wrapper')
  await expect(tooltip).toContainText('Design 3 on the frontier')
  await expect(tooltip).toContainText('Monthly cost: ₩')
  await expect(tooltip).toContainText('Recovery coverage:')
  await expect(tooltip).toContainText('p95 at peak:')
  await expect(tooltip).toContainText(/\d+ changes/)
  await third.click()
  await expect(page.getByTestId('advisor-preview')).toContainText('Design 3 on the frontier')
  await expect(page.getByTestId('advisor-preview')).toContainText('Misses the budget goal')
  await expect(page.getByRole('button', { name: 'Preview design 3', exact: true })).toHaveAttribute('aria-pressed', 'true')
  expect(consoleProblems).toEqual([])
})

test('the Advisor passes axe’s WCAG 2.1 AA rules, and a design is previewed and applied from the keyboard alone', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await openAdvisor(page)
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().include('[role="tabpanel"]').analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
  const second = page.getByRole('button', { name: 'Preview design 2', exact: true })
  await second.focus()
  await page.keyboard.press('Enter')
  await expect(second).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('advisor-preview')).toContainText('Design 2 on the frontier')
  await page.getByTestId('advisor-preview').getByRole('button', { name: 'Apply' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('kpi-budget')).toContainText('Over')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  expect(consoleProblems).toEqual([])
})

test('the page stays usable while the advisor works: a control moves the KPI strip at once', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await openAdvisor(page)
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  // Each step of the slider asks the advisor again; the KPI strip answers every key press while it works.
  const slider = page.getByRole('slider', { name: 'Tasks per service' })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'running')
  const cost = page.getByTestId('kpi-monthly-cost')
  const before = await cost.textContent()
  const started = Date.now()
  await page.keyboard.press('ArrowRight')
  await expect(cost).not.toHaveText(before!)
  expect(Date.now() - started).toBeLessThan(1_000)
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  expect(consoleProblems).toEqual([])
})

test('a Korean lead reads the advisor in Korean and applies with 적용', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await openAdvisor(page, '설계 추천')
  await expect(page.getByTestId('advisor-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
  await expect(page.getByTestId('advisor-status')).toContainText('검토했습니다')
  const preview = page.getByTestId('advisor-preview')
  await expect(preview).toContainText('최선의 설계')
  await expect(preview.getByRole('button', { name: '적용' })).toBeEnabled()
  await screenshot(page, 'advisor-ko')
  expect(consoleProblems).toEqual([])
})
