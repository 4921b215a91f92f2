import { existsSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import type { Scenario } from '../lib/model'
import type { BenchResult } from './engine'
import { summarise } from './measure'

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PRESSES = 50
/** Unmeasured presses first, as the engine bench warms up: the first ones compile the edit path. */
const WARMUP_PRESSES = 3
/** A press whose KPI never changes is a failure, not a wait: the bench must never hang. */
const PRESS_TIMEOUT_MS = 5_000
const STEP_TIMEOUT_MS = 60_000
const SLIDER = 'Tasks per service'
const KPI = 'kpi-monthly-cost'

/** Null when Chromium can run; otherwise the sentence that says how to get it. */
export function chromiumProblem(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null
  return `Chromium not found at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium fonts-liberation) or set CHROMIUM_PATH`
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('@playwright/test')
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: STEP_TIMEOUT_MS,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/**
 * Key press → updated monthly-cost KPI, measured inside the page: a capture-phase keydown listener
 * takes `performance.now()` as the press reaches the page, and a MutationObserver on the KPI takes
 * it again when the text differs; Playwright's round trips are outside the interval. Each press
 * starts from a quiet page (the previous press's deferred views have rendered), the first
 * WARMUP_PRESSES are not counted, and the slider is reset with Home (unmeasured) when ArrowRight
 * would leave it at its maximum. `beforePress` (unmeasured) runs before each press, to pace them.
 */
export async function measureKpiPresses(page: Page, presses = PRESSES, beforePress?: () => Promise<unknown>): Promise<number[]> {
  const slider = page.getByRole('slider', { name: SLIDER })
  await slider.waitFor({ timeout: STEP_TIMEOUT_MS })
  await page.getByTestId(KPI).waitFor({ timeout: STEP_TIMEOUT_MS })
  await slider.focus()
  const samples: number[] = []
  for (let i = 0; i < presses + WARMUP_PRESSES; i++) {
    if (Number(await slider.inputValue()) >= Number(await slider.getAttribute('max'))) {
      await page.keyboard.press('Home')
      await page.evaluate(SETTLE)
    }
    await beforePress?.()
    await page.evaluate(armKpiProbe(KPI, PRESS_TIMEOUT_MS))
    await page.keyboard.press('ArrowRight')
    const ms = (await page.evaluate(PROBE_RESULT)) as number
    if (i >= WARMUP_PRESSES) samples.push(ms)
    await page.evaluate(SETTLE)
  }
  return samples
}

// In-page code is kept as source text: tsx wraps compiled functions in a `__name` helper that
// does not exist in the page, so a function passed to page.evaluate would throw there.

/** In the page: `window.__kpiProbe` resolves with ms from the next keydown to the KPI's next text change. */
function armKpiProbe(kpi: string, timeoutMs: number): string {
  return `(() => {
    const target = document.querySelector('[data-testid="${kpi}"]')
    if (!target) throw new Error('no [data-testid="${kpi}"] on the page')
    const before = target.textContent
    let pressedAt = null
    window.addEventListener('keydown', () => { pressedAt = performance.now() }, { capture: true, once: true })
    window.__kpiProbe = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (pressedAt === null || target.textContent === before) return
        const ms = performance.now() - pressedAt
        observer.disconnect()
        clearTimeout(timer)
        resolve(ms)
      })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error('the KPI did not change within ${timeoutMs} ms of the key press'))
      }, ${timeoutMs})
      observer.observe(target, { subtree: true, childList: true, characterData: true })
    })
  })()`
}

const PROBE_RESULT = 'window.__kpiProbe'

/** In the page: waits for idle time and two frames, so deferred renders have finished. */
const SETTLE = `new Promise((resolve) => {
  const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))
  if ('requestIdleCallback' in window) requestIdleCallback(frames, { timeout: 2000 })
  else setTimeout(frames, 50)
})`

/** Opens the dashboard on a preset, or imports a scenario through Import config (a 50-service link is too long for a URL). */
export async function openDashboard(page: Page, baseUrl: string, scenario: { preset: string } | { importJson: string; name: string }): Promise<void> {
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  if ('preset' in scenario) {
    await page.goto(`${baseUrl}/?preset=${encodeURIComponent(scenario.preset)}`, { timeout: STEP_TIMEOUT_MS })
  } else {
    await page.goto(`${baseUrl}/`, { timeout: STEP_TIMEOUT_MS })
    await page.getByLabel('Import config file').setInputFiles({ name: scenario.name, mimeType: 'application/json', buffer: Buffer.from(scenario.importJson) })
    await page.getByText(`Imported ${scenario.name}`).first().waitFor({ timeout: STEP_TIMEOUT_MS })
  }
  // The topology and the charts load their chunks after hydration: measure a page that has loaded.
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT_MS })
  await page.evaluate(SETTLE)
}

type Case = { label: string; target: number; open: { preset: string } | { importJson: string; name: string }; detail: string }

/** p95 of key press → KPI on swiftlogix and on the large config, in one fresh page each. */
export async function benchKpiLatency(browser: Browser, baseUrl: string, large: Scenario, log: (line: string) => void): Promise<BenchResult[]> {
  const cases: Case[] = [
    { label: 'swiftlogix', target: 16, open: { preset: 'swiftlogix' }, detail: 'preset link' },
    {
      label: 'the large config',
      target: 50,
      open: { importJson: JSON.stringify(large), name: 'large.archdeck.json' },
      detail: `${large.config.services.length} services via Import config`,
    },
  ]
  const results: BenchResult[] = []
  for (const c of cases) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    try {
      const page = await context.newPage()
      await openDashboard(page, baseUrl, c.open)
      log(`${PRESSES} presses on ${c.label}`)
      const run = summarise(await measureKpiPresses(page))
      results.push({
        name: `browser: key press → KPI on ${c.label} (p95)`,
        unit: 'ms',
        value: run.p95Ms,
        target: c.target,
        detail: `median ${run.medianMs} ms over ${run.runs} presses after ${WARMUP_PRESSES} unmeasured; ${c.detail}`,
        pass: run.p95Ms < c.target,
      })
    } finally {
      await context.close().catch(() => undefined)
    }
  }
  return results
}
