import type { Browser, Page } from '@playwright/test'
import { PRESETS } from '../data/presets'
import type { AppBench } from './app'
import { measureKpiPresses, openDashboard } from './browser-kpi'
import type { BenchResult } from './engine'
import { buildLargeScenario } from './large-config'
import { summarise } from './measure'

/** Target from issue 15: the frontier for any preset in under a second, in the browser. */
const FRONTIER_TARGET_MS = 1000
/** Fresh pages per design: each opens the Advisor once, as a user's first visit does. */
const REPEATS = 3
/** While the advisor runs, the key-press p95 may grow by 20 %, or by 2 ms on a fast path. */
const ALLOWED_RATIO = 1.2
const ALLOWED_EXTRA_MS = 2
const STEP_TIMEOUT_MS = 60_000
const VIEWPORT = { width: 1440, height: 900 }
const ADVISOR_TAB = 'Advisor'
const STATUS = 'advisor-status'

type Source = Parameters<typeof openDashboard>[2]
type Design = { label: string; source: Source }
type AdvisorRun = { wallMs: number; workerMs: number; examined: number }

/**
 * The Advisor in headless Chromium, on the build `npm run bench -- --browser` serves (bench/app.ts):
 * - time to the frontier: for every preset (its `?preset=` link) and the 50-service design (Import
 *   config), a fresh page clicks the Advisor tab; inside the page a capture-phase click listener
 *   and a MutationObserver on `advisor-status` time click → `data-state="done"`, and the status's
 *   `data-elapsed-ms` gives the worker's own time; median and worst over REPEATS pages, and
 *   designs evaluated per second (`data-examined` over the worker's time);
 * - key press → KPI while the advisor runs: browser-kpi.ts's measurement, once on the Overview tab
 *   (the advisor never starts) and once right after the Advisor tab opens, where every press
 *   changes the design and so starts the worker again; each press records the status it met.
 */
export const benchAdvisorOnApp: AppBench = async ({ browser, baseUrl, log }) => {
  const large = buildLargeScenario(50)
  const largeDesign: Design = { label: `large (${large.config.services.length} services)`, source: { importJson: JSON.stringify(large), name: 'large.archdeck.json' } }
  const designs: Design[] = [...PRESETS.map((p) => ({ label: p.id, source: { preset: p.id } })), largeDesign]
  const results: BenchResult[] = []
  for (const design of designs) results.push(await timeFrontier(browser, baseUrl, design, log))
  for (const design of [{ label: 'swiftlogix', source: { preset: 'swiftlogix' } }, largeDesign])
    results.push(await compareKeyPresses(browser, baseUrl, design, log))
  return results
}

async function timeFrontier(browser: Browser, baseUrl: string, design: Design, log: (line: string) => void): Promise<BenchResult> {
  const runs: AdvisorRun[] = []
  for (let i = 0; i < REPEATS; i++) runs.push(await withPage(browser, baseUrl, design.source, openAdvisorOnce))
  const wall = summarise(runs.map((r) => r.wallMs))
  const worker = summarise(runs.map((r) => r.workerMs))
  const worstWallMs = Math.max(...runs.map((r) => r.wallMs))
  const worstWorkerMs = Math.max(...runs.map((r) => r.workerMs))
  const examined = [...new Set(runs.map((r) => r.examined))].join('/')
  const perSecond = Math.round((runs[0]!.examined / worker.medianMs) * 1000)
  log(`advisor: ${design.label}, click → frontier ${runs.map((r) => round(r.wallMs)).join(', ')} ms (worker ${runs.map((r) => r.workerMs).join(', ')} ms), ${examined} designs`)
  return {
    name: `browser advisor: click → frontier, ${design.label} (median)`,
    unit: 'ms',
    value: round(wall.medianMs),
    target: FRONTIER_TARGET_MS,
    detail: `worst ${round(worstWallMs)} ms; worker median ${worker.medianMs} ms, worst ${worstWorkerMs} ms; ${examined} designs examined, ${perSecond} designs/s in the worker; ${REPEATS} fresh pages`,
    pass: wall.medianMs < FRONTIER_TARGET_MS,
  }
}

/** Click on the Advisor tab → its status says done, in a page that has loaded and settled. */
async function openAdvisorOnce(page: Page): Promise<AdvisorRun> {
  await page.evaluate(armAdvisorClock(STEP_TIMEOUT_MS))
  await page.getByRole('tab', { name: ADVISOR_TAB, exact: true }).click()
  const wallMs = (await page.evaluate(ADVISOR_DONE)) as number
  const status = page.getByTestId(STATUS)
  return { wallMs, workerMs: Number(await status.getAttribute('data-elapsed-ms')), examined: Number(await status.getAttribute('data-examined')) }
}

async function compareKeyPresses(browser: Browser, baseUrl: string, design: Design, log: (line: string) => void): Promise<BenchResult> {
  log(`advisor: key presses on ${design.label}, advisor idle`)
  const idle = summarise(await withPage(browser, baseUrl, design.source, (page) => measureKpiPresses(page)))
  log(`advisor: key presses on ${design.label}, advisor running`)
  const { samples, running } = await withPage(browser, baseUrl, design.source, async (page) => {
    await page.evaluate(RECORD_STATUS_AT_PRESS)
    await page.getByRole('tab', { name: ADVISOR_TAB, exact: true }).click()
    const samples = await measureKpiPresses(page)
    // The last presses are the measured ones (warm-up presses and Home resets come before or between).
    const states = ((await page.evaluate(STATUS_AT_PRESS)) as string[]).slice(-samples.length)
    return { samples, running: states.filter((s) => s === 'running').length }
  })
  const busy = summarise(samples)
  const allowedMs = round(Math.max(idle.p95Ms * ALLOWED_RATIO, idle.p95Ms + ALLOWED_EXTRA_MS))
  const ratio = Math.round((busy.p95Ms / idle.p95Ms) * 100) / 100
  return {
    name: `browser advisor: key press → KPI on ${design.label} while the advisor runs (p95)`,
    unit: 'ms',
    value: round(busy.p95Ms),
    target: allowedMs,
    atMost: true,
    detail: `idle p95 ${round(idle.p95Ms)} ms, ratio ${ratio}× (medians ${round(idle.medianMs)} → ${round(busy.medianMs)} ms); the worker was running at ${running} of ${samples.length} presses; target ${ALLOWED_RATIO}× idle or +${ALLOWED_EXTRA_MS} ms`,
    pass: busy.p95Ms <= allowedMs,
  }
}

/** A fresh browser context (no cache, no saved work) on the design, closed whatever happens. */
async function withPage<T>(browser: Browser, baseUrl: string, source: Source, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await openDashboard(page, baseUrl, source)
    return await use(page)
  } finally {
    await context.close().catch(() => undefined)
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

// In-page code is source text: tsx wraps compiled functions in a `__name` helper the page lacks.

/** In the page: `window.__advisorDone` resolves with ms from the next click to the advisor status saying done. */
function armAdvisorClock(timeoutMs: number): string {
  return `(() => {
    let clickedAt = null
    document.addEventListener('click', () => { clickedAt = performance.now() }, { capture: true, once: true })
    window.__advisorDone = new Promise((resolve, reject) => {
      const check = () => {
        if (clickedAt === null) return
        const status = document.querySelector('[data-testid="${STATUS}"]')
        const state = status && status.getAttribute('data-state')
        if (state === 'error') finish(() => reject(new Error('the advisor status says error')))
        else if (state === 'done') {
          const ms = performance.now() - clickedAt
          finish(() => resolve(ms))
        }
      }
      const observer = new MutationObserver(check)
      const timer = setTimeout(() => finish(() => reject(new Error('the advisor was not done within ${timeoutMs} ms of the click'))), ${timeoutMs})
      const finish = (settle) => { observer.disconnect(); clearTimeout(timer); settle() }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
    })
  })()`
}

const ADVISOR_DONE = 'window.__advisorDone'

/** In the page: the advisor status's data-state as each ArrowRight reaches the page. */
const RECORD_STATUS_AT_PRESS = `(() => {
  window.__statusAtPress = []
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight') return
    const status = document.querySelector('[data-testid="${STATUS}"]')
    window.__statusAtPress.push(status ? status.getAttribute('data-state') : 'absent')
  }, { capture: true })
})()`

const STATUS_AT_PRESS = 'window.__statusAtPress'
