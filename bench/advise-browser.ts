import type { Browser, Page } from '@playwright/test'
import { ADVICE_DEBOUNCE_MS } from '../components/advisor/use-advice'
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
/**
 * Pause after each press, with the advisor idle and running alike: past the advisor's debounce, so
 * the press has started a run before the next one comes (a user who thinks between presses;
 * presses faster than the debounce start no run at all). With the advisor, the next press also
 * waits for that run to show as running, RUNNING_WAIT_MS at most, then PRESS_OFFSETS_MS.
 */
const PRESS_PAUSE_MS = ADVICE_DEBOUNCE_MS + 50
const RUNNING_WAIT_MS = 2_000
/** A warm run of a preset takes 50–150 ms in the worker: presses come 0–45 ms into it, in turn. */
const PRESS_OFFSETS_MS = [0, 15, 30, 45]
/** What happens on the main thread after the answer (the view renders it) is counted this long. */
const AFTER_DONE_MS = 500
const STEP_TIMEOUT_MS = 60_000
const VIEWPORT = { width: 1440, height: 900 }
const ADVISOR_TAB = 'Advisor'
/** A goal the double toggle leaves as it was: the re-run searches the same goals in the warm worker. */
const GOAL_CHECKBOX = 'No high security finding'
const STATUS = 'advisor-status'

type Source = Parameters<typeof openDashboard>[2]
type Design = { label: string; source: Source }
type LongTasks = { count: number; totalMs: number; longestMs: number }
type AdvisorRun = { wallMs: number; workerMs: number; warmWorkerMs: number; examined: number; mainThread: LongTasks }

/**
 * The Advisor in headless Chromium, on the build `npm run bench -- --browser` serves (bench/app.ts):
 * - time to the frontier: for every preset (its `?preset=` link) and the 50-service design (Import
 *   config), REPEATS fresh pages each click the Advisor tab; inside the page a capture-phase click
 *   listener and a MutationObserver on `advisor-status` time click → `data-state="done"`, and the
 *   status's `data-elapsed-ms` gives the worker's own time (price book included). Then a goals edit
 *   that ends where it began asks the same question of the now warm worker. Median and worst, designs
 *   evaluated per second, and the main thread's long tasks from the click to AFTER_DONE_MS past done;
 * - key press → KPI while the advisor runs: browser-kpi.ts's measurement, paced by PRESS_PAUSE_MS,
 *   once on the Overview tab (the advisor never starts) and once on the Advisor tab, where each
 *   press changes the design and so starts the worker again, and the next press comes while that
 *   run works; each press records the status it met and its input delay, which browser-kpi's
 *   interval (from the key handler on) leaves out.
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
  const warm = summarise(runs.map((r) => r.warmWorkerMs))
  const worst = (pick: (r: AdvisorRun) => number) => round(Math.max(...runs.map(pick)))
  const examined = [...new Set(runs.map((r) => r.examined))].join('/')
  const perSecond = (ms: number) => Math.round((runs[0]!.examined / ms) * 1000)
  log(
    `advisor: ${design.label}, click → frontier ${runs.map((r) => round(r.wallMs)).join(', ')} ms; worker ${runs.map((r) => r.workerMs).join(', ')} ms, warm ${runs.map((r) => r.warmWorkerMs).join(', ')} ms; ${examined} designs; main-thread long tasks ${runs.map((r) => `${r.mainThread.count}/${r.mainThread.totalMs}/${r.mainThread.longestMs}`).join(', ')} (count/total/longest ms)`,
  )
  const main = runs.map((r) => r.mainThread)
  return {
    name: `browser advisor: click → frontier, ${design.label} (median)`,
    unit: 'ms',
    value: round(wall.medianMs),
    target: FRONTIER_TARGET_MS,
    detail:
      `worst ${worst((r) => r.wallMs)} ms; worker median ${worker.medianMs} ms (worst ${worst((r) => r.workerMs)}), re-run in the warm worker ${warm.medianMs} ms; ` +
      `${examined} designs examined, ${perSecond(worker.medianMs)} designs/s first run, ${perSecond(warm.medianMs)} warm; ` +
      `main thread: up to ${Math.max(...main.map((m) => m.count))} long tasks, ${Math.max(...main.map((m) => m.totalMs))} ms in all, longest ${Math.max(...main.map((m) => m.longestMs))} ms; ${REPEATS} fresh pages`,
    pass: wall.medianMs < FRONTIER_TARGET_MS,
  }
}

/** Click on the Advisor tab → its status says done, then the same goals again in the warm worker. */
async function openAdvisorOnce(page: Page): Promise<AdvisorRun> {
  const status = page.getByTestId(STATUS)
  await page.evaluate(WATCH_LONG_TASKS)
  await page.evaluate(armAdvisorClock(STEP_TIMEOUT_MS))
  await page.getByRole('tab', { name: ADVISOR_TAB, exact: true }).click()
  const wallMs = (await page.evaluate(ADVISOR_DONE)) as number
  const workerMs = Number(await status.getAttribute('data-elapsed-ms'))
  const examined = Number(await status.getAttribute('data-examined'))
  await page.waitForTimeout(AFTER_DONE_MS)
  const mainThread = (await page.evaluate(longTasksSince(wallMs + AFTER_DONE_MS))) as LongTasks
  await page.getByRole('checkbox', { name: GOAL_CHECKBOX }).waitFor()
  await page.evaluate(armAdvisorClock(STEP_TIMEOUT_MS))
  await page.evaluate(toggleTwice(GOAL_CHECKBOX))
  await page.evaluate(ADVISOR_DONE)
  const warmWorkerMs = Number(await status.getAttribute('data-elapsed-ms'))
  return { wallMs, workerMs, warmWorkerMs, examined, mainThread }
}

async function compareKeyPresses(browser: Browser, baseUrl: string, design: Design, log: (line: string) => void): Promise<BenchResult> {
  const pressWith = async (page: Page, turn: Turn) => {
    await page.evaluate(WATCH_PRESSES)
    if (turn !== 'overview') await page.getByRole('tab', { name: ADVISOR_TAB, exact: true }).click()
    const samples = await measureKpiPresses(page, undefined, () => page.evaluate(waitForTurn(turn)))
    // The last presses are the measured ones (the warm-up presses come first).
    const presses = ((await page.evaluate(PRESSES_SEEN)) as PressSeen[]).slice(-samples.length)
    return { samples, presses }
  }
  const measure = (turn: Turn) => {
    log(`advisor: key presses on ${design.label}, ${turn}`)
    return withPage(browser, baseUrl, design.source, (page) => pressWith(page, turn))
  }
  const overview = summarise((await measure('overview')).samples)
  const idle = await measure('advisor-idle')
  const busy = await measure('advisor-running')
  const [idleRun, busyRun] = [summarise(idle.samples), summarise(busy.samples)]
  const [idleDelay, busyDelay] = [summarise(idle.presses.map((p) => p.inputDelayMs)), summarise(busy.presses.map((p) => p.inputDelayMs))]
  const running = busy.presses.filter((p) => p.state === 'running').length
  const idleSeen = idle.presses.filter((p) => p.state === 'done').length
  const allowedMs = round(Math.max(idleRun.p95Ms * ALLOWED_RATIO, idleRun.p95Ms + ALLOWED_EXTRA_MS))
  const ratio = Math.round((busyRun.p95Ms / idleRun.p95Ms) * 100) / 100
  log(`advisor: ${design.label} p95 overview ${round(overview.p95Ms)} ms, advisor idle ${round(idleRun.p95Ms)} ms, running ${round(busyRun.p95Ms)} ms (${ratio}×), worker running at ${running} of ${busy.samples.length} presses`)
  return {
    name: `browser advisor: key press → KPI on ${design.label} while the advisor runs (p95)`,
    unit: 'ms',
    value: round(busyRun.p95Ms),
    target: allowedMs,
    atMost: true,
    detail:
      `on the Advisor tab, worker idle p95 ${round(idleRun.p95Ms)} ms (idle at ${idleSeen} of ${idle.samples.length} presses), ratio ${ratio}× (medians ${round(idleRun.medianMs)} → ${round(busyRun.medianMs)} ms); ` +
      `the worker was running at ${running} of ${busy.samples.length} presses; on the Overview tab (no advisor) p95 ${round(overview.p95Ms)} ms, median ${round(overview.medianMs)} ms; ` +
      `input delay before the key handler (not in the figure) p95 ${round(idleDelay.p95Ms)} → ${round(busyDelay.p95Ms)} ms; target ${ALLOWED_RATIO}× idle or +${ALLOWED_EXTRA_MS} ms`,
    pass: busyRun.p95Ms <= allowedMs,
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

/**
 * In the page: `window.__advisorDone` resolves with ms from the next click to the advisor status
 * saying done after it said something else (a goals edit leaves "done" up until its run starts).
 */
function armAdvisorClock(timeoutMs: number): string {
  return `(() => {
    window.__advisorClickAt = null
    let busySeen = false
    document.addEventListener('click', () => { window.__advisorClickAt = performance.now() }, { capture: true, once: true })
    window.__advisorDone = new Promise((resolve, reject) => {
      const check = () => {
        if (window.__advisorClickAt === null) return
        const status = document.querySelector('[data-testid="${STATUS}"]')
        const state = status && status.getAttribute('data-state')
        if (state === 'error') finish(() => reject(new Error('the advisor status says error')))
        else if (state === 'done' && busySeen) {
          const ms = performance.now() - window.__advisorClickAt
          finish(() => resolve(ms))
        } else if (state && state !== 'done') busySeen = true
      }
      const observer = new MutationObserver(check)
      const timer = setTimeout(() => finish(() => reject(new Error('the advisor was not done within ${timeoutMs} ms of the click'))), ${timeoutMs})
      const finish = (settle) => { observer.disconnect(); clearTimeout(timer); settle() }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
    })
  })()`
}

const ADVISOR_DONE = 'window.__advisorDone'

/** In the page: clicks a checkbox twice in one task, so the goals change and end as they were. */
function toggleTwice(name: string): string {
  return `(() => {
    const box = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(name)})?.querySelector('input[type="checkbox"]')
    if (!box) throw new Error('no checkbox named ${name}')
    box.click()
    box.click()
  })()`
}

/** In the page: records the main thread's long tasks (over 50 ms) from now on. */
const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = []
  new PerformanceObserver((list) => { window.__longTasks.push(...list.getEntries()) }).observe({ type: 'longtask' })
})()`

/** In the page: the long tasks that began between the last armed click and `spanMs` after it. */
function longTasksSince(spanMs: number): string {
  return `(() => {
    const from = window.__advisorClickAt
    const tasks = window.__longTasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= from + ${spanMs})
    const durations = tasks.map((t) => Math.round(t.duration))
    return { count: tasks.length, totalMs: durations.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...durations) }
  })()`
}

type PressSeen = { state: string; inputDelayMs: number }

/**
 * In the page: for each ArrowRight, the advisor status it met and how long the key event waited for
 * the main thread (from the event's time stamp to its first listener); the time of the last key.
 */
const WATCH_PRESSES = `(() => {
  window.__pressesSeen = []
  window.__lastKeyAt = -Infinity
  window.addEventListener('keydown', (event) => {
    window.__lastKeyAt = performance.now()
    if (event.key !== 'ArrowRight') return
    const status = document.querySelector('[data-testid="${STATUS}"]')
    window.__pressesSeen.push({ state: status ? status.getAttribute('data-state') : 'absent', inputDelayMs: performance.now() - event.timeStamp })
  }, { capture: true })
})()`

const PRESSES_SEEN = 'window.__pressesSeen'

/**
 * When a press comes: on the Overview tab (the advisor never runs), or on the Advisor tab once the run
 * the last press started has finished (`advisor-idle`: same page, worker idle) or while it works
 * (`advisor-running`). Comparing the last two isolates the worker from the tab's own rendering.
 */
type Turn = 'overview' | 'advisor-idle' | 'advisor-running'

/**
 * In the page: resolves PRESS_PAUSE_MS after the last key and, on the Advisor tab, once the advisor
 * status says running (or, for `advisor-idle`, done: the run the last key started has finished;
 * RUNNING_WAIT_MS at most), then a further offset from PRESS_OFFSETS_MS in turn, so presses meet a
 * run at its start and later in it.
 */
function waitForTurn(turn: Turn): string {
  const wanted = turn === 'advisor-running' ? 'running' : turn === 'advisor-idle' ? 'done' : null
  return `new Promise((resolve) => {
    const offset = ${JSON.stringify(PRESS_OFFSETS_MS)}[window.__pressesSeen.length % ${PRESS_OFFSETS_MS.length}]
    let readyAt = null
    const check = () => {
      const now = performance.now()
      const since = now - window.__lastKeyAt
      const status = document.querySelector('[data-testid="${STATUS}"]')
      const state = status && status.getAttribute('data-state')
      if (readyAt === null && since >= ${PRESS_PAUSE_MS} && (${JSON.stringify(wanted)} === null || state === ${JSON.stringify(wanted)})) readyAt = now
      if ((readyAt !== null && now - readyAt >= offset) || since >= ${PRESS_PAUSE_MS + RUNNING_WAIT_MS}) resolve(true)
      else setTimeout(check, 5)
    }
    check()
  })`
}
