import type { Page } from '@playwright/test'
import { buildTopology, listDefaultCollapsed } from '../lib/topology'
import type { AppBench } from './app'
import type { BenchResult } from './engine'
import { buildLargeScenario } from './large-config'
import { summarise } from './measure'

/** 200 services (the schema's most) and 100 internal ALBs: 321 boxes and 1,711 lines fully open. */
const SERVICES = 200
const INTERNAL_ALBS = 100
const STEP_TIMEOUT_MS = 120_000
const PAN_MS = 2_000
/** One drag step per display frame at 60 Hz, 6 px each: 720 px over the two seconds. */
const PAN_STEP_MS = 16
const PAN_STEP_PX = 6
const FRAME_BUDGET_MS = 1000 / 60
const FIRST_RENDER_TARGET_MS = 1_000

const defaultLog = (line: string) => console.error(`bench: ${line}`)
let log = defaultLog

/**
 * The topology with 300+ boxes in headless Chromium, measured inside the page:
 * - import → drawn: a capture-phase `change` listener on the Import config input takes
 *   `performance.now()`, a requestAnimationFrame poll takes it again when the canvas holds every
 *   box of the default view (the crowded tier collapsed);
 * - expand all → drawn: click → all 321 boxes in the DOM after the refit (onlyRenderVisibleElements
 *   draws only boxes on screen, so this includes the fit);
 * - panning: a 2 s mouse drag across the pane while a requestAnimationFrame loop records every frame
 *   interval, once at fit-to-view (every box and line on screen) and once at 100 % zoom (boxes
 *   entering and leaving the viewport); median and p95 frame time and the mean fps against 60 fps.
 * Runs on the build and browser `npm run bench -- --browser` already starts (bench/app.ts).
 */
export const benchTopologyOnApp: AppBench = async ({ browser, baseUrl, log: appLog }) => {
  log = appLog
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  try {
    return await measureTopology(page, baseUrl)
  } finally {
    await page.close().catch(() => undefined)
    log = defaultLog
  }
}

async function measureTopology(page: Page, baseUrl: string): Promise<BenchResult[]> {
  const scenario = buildLargeScenario(SERVICES, { internalLoadBalancers: INTERNAL_ALBS })
  const full = buildTopology(scenario.config)
  const defaultView = buildTopology(scenario.config, { collapsed: listDefaultCollapsed(full) })
  const shape = `${SERVICES} services + ${INTERNAL_ALBS} internal ALBs, ${full.nodes.length} boxes, ${full.edges.length} lines`
  log(`topology: ${shape}`)

  await page.goto(`${baseUrl}/`)
  await page.getByTestId('topology-canvas').locator('.react-flow__node').first().waitFor()
  await page.evaluate(ARM_IMPORT_CLOCK)
  await page.getByLabel('Import config file').setInputFiles({ name: 'large-300.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  // az:us-east-1c only exists in the imported design (the start page's preset has two AZs).
  const importMs = (await page.evaluate(waitForBoxes(defaultView.nodes.length, 'az:us-east-1c'))) as number
  log(`topology: import → ${defaultView.nodes.length} boxes drawn in ${importMs.toFixed(0)} ms`)

  await page.getByTestId('topology-canvas').scrollIntoViewIfNeeded()
  await page.evaluate(ARM_CLICK_CLOCK)
  await page.getByTestId('topology-expand-all').click()
  const expandMs = (await page.evaluate(waitForBoxes(full.nodes.length, `service:svc-${SERVICES}`))) as number
  // The lines are merged into a few SVG paths, one per look (components/topology/topology-lines.tsx).
  const pathsDrawn = (await page.evaluate(`document.querySelectorAll('[data-testid="topology-canvas"] .react-flow__viewport-portal svg path').length`)) as number
  log(`topology: expand all → ${full.nodes.length} boxes drawn in ${expandMs.toFixed(0)} ms (${full.edges.length} lines as ${pathsDrawn} SVG paths)`)

  await page.evaluate(SETTLE)
  const atFit = await panFrames(page)
  log(`topology: pan at fit-to-view, median ${atFit.medianMs} ms, p95 ${atFit.p95Ms} ms, ${atFit.fps} fps`)

  // Zoom to 100 % on one service through the search (it centres at zoom ≥ 1).
  await page.getByTestId('topology-search').fill('Service 100')
  await page.getByTestId('topo-node-service:svc-100').waitFor()
  await page.evaluate(SETTLE)
  await page.waitForTimeout(600)
  await page.getByTestId('topology-search').fill('')
  await page.evaluate(SETTLE)
  const zoomed = await panFrames(page)
  log(`topology: pan at 100 %, median ${zoomed.medianMs} ms, p95 ${zoomed.p95Ms} ms, ${zoomed.fps} fps`)

  const frameResult = (name: string, run: PanRun, where: string): BenchResult => ({
    name,
    unit: 'ms',
    value: run.medianMs,
    target: round(FRAME_BUDGET_MS),
    detail: `${where}; p95 ${run.p95Ms} ms, ${run.fps} fps (target 60), ${run.longFrames} frames over 50 ms, ${run.frames} frames in ${run.seconds} s of dragging; ${shape}`,
    pass: run.medianMs <= FRAME_BUDGET_MS + 0.5 && run.fps >= 55,
  })
  return [
    {
      name: 'topology: import of the 300-box design → drawn (default view)',
      unit: 'ms',
      value: round(importMs),
      target: FIRST_RENDER_TARGET_MS,
      detail: `${defaultView.nodes.length} boxes, ${defaultView.edges.length} lines after the crowded tier collapsed; ${shape}`,
      pass: importMs < FIRST_RENDER_TARGET_MS,
    },
    {
      name: 'topology: expand all → every box drawn (first render of 300+ boxes)',
      unit: 'ms',
      value: round(expandMs),
      target: FIRST_RENDER_TARGET_MS,
      detail: `${full.nodes.length} boxes and ${full.edges.length} lines (${pathsDrawn} SVG paths) at fit-to-view; ${shape}`,
      pass: expandMs < FIRST_RENDER_TARGET_MS,
    },
    frameResult('topology: frame time while panning, 300+ boxes at fit-to-view (median)', atFit, 'every box and line on screen'),
    frameResult('topology: frame time while panning, 300+ boxes at 100 % zoom (median)', zoomed, 'onlyRenderVisibleElements culls what leaves the screen'),
  ]
}

type PanRun = { medianMs: number; p95Ms: number; fps: number; frames: number; longFrames: number; seconds: number }

/** Drags the pane left and back for PAN_MS while the page records each frame interval. */
async function panFrames(page: Page): Promise<PanRun> {
  const pane = await page.getByTestId('topology-canvas').locator('.react-flow__pane').boundingBox()
  if (!pane) throw new Error('the topology pane is not on screen')
  // Near the top edge, where the fit leaves padding: a drag there starts on the pane, not a box.
  const start = { x: pane.x + pane.width * 0.6, y: pane.y + 8 }
  await page.mouse.move(start.x, start.y)
  await page.evaluate(START_FRAMES)
  await page.mouse.down()
  const steps = Math.round(PAN_MS / PAN_STEP_MS)
  for (let i = 1; i <= steps; i++) {
    // Left for the first half, back for the second: the view ends where it began.
    const offset = (i <= steps / 2 ? i : steps - i) * PAN_STEP_PX
    await page.mouse.move(start.x - offset, start.y + offset / 4)
    await page.waitForTimeout(PAN_STEP_MS)
  }
  await page.mouse.up()
  const intervals = (await page.evaluate(STOP_FRAMES)) as number[]
  const { medianMs, p95Ms } = summarise(intervals)
  const mean = intervals.reduce((a, b) => a + b, 0) / Math.max(1, intervals.length)
  const seconds = round(intervals.reduce((a, b) => a + b, 0) / 1000)
  return { medianMs: round(medianMs), p95Ms: round(p95Ms), fps: round(1000 / mean), frames: intervals.length, longFrames: intervals.filter((ms) => ms > 50).length, seconds }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

// In-page code is source text: tsx wraps compiled functions in a `__name` helper the page lacks.

/** The clock starts when the chosen file reaches the page (capture phase, before React sees it). */
const ARM_IMPORT_CLOCK = `(() => {
  window.__topoStart = undefined
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') window.__topoStart = performance.now()
  }, { capture: true, once: true })
})()`

const ARM_CLICK_CLOCK = `(() => {
  window.__topoStart = undefined
  document.addEventListener('click', () => { window.__topoStart = performance.now() }, { capture: true, once: true })
})()`

/**
 * Resolves with ms from the armed clock to the first frame with `count` boxes in the canvas, one
 * of them `markerId` (so the previous design's boxes never count).
 */
function waitForBoxes(count: number, markerId: string): string {
  return `new Promise((resolve, reject) => {
    const deadline = performance.now() + ${STEP_TIMEOUT_MS}
    const check = () => {
      const drawn = document.querySelectorAll('[data-testid="topology-canvas"] .react-flow__node').length
      const marked = document.querySelector('[data-testid="topology-canvas"] .react-flow__node[data-id="${markerId}"]')
      if (window.__topoStart !== undefined && marked && drawn >= ${count}) return resolve(performance.now() - window.__topoStart)
      if (performance.now() > deadline) return reject(new Error('only ' + drawn + ' of ${count} boxes were drawn'))
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`
}

/** Two quiet frames and a short idle: the previous step's renders and animations are done. */
const SETTLE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))`

const START_FRAMES = `(() => {
  window.__frames = []
  window.__framesOn = true
  let last = performance.now()
  const tick = (now) => {
    window.__frames.push(now - last)
    last = now
    if (window.__framesOn) requestAnimationFrame(tick)
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick) })
})()`

const STOP_FRAMES = `(() => { window.__framesOn = false; return window.__frames })()`
