import type { Page } from '@playwright/test'
import { PRESETS } from '../data/presets'
import { azNames } from '../lib/network'
import { test, expect, openDashboard } from './fixtures'
import { layoutProblems } from './layout-checks'

/**
 * A stakeholder opens each seed design and reads the topology as it first appears: every box's
 * name at 12 px or more on screen, no name or detail cut, each service drawn in every AZ it runs
 * in, and the AZ-outage overlay shading the AZ that fails with everything in it.
 */

const SIZES = {
  laptop: { width: 1440, height: 900 },
  projector: { width: 1280, height: 720 },
  desktop: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const

const SMALLEST_LABEL_PX = 12

/** On-screen size (computed font size × the canvas's zoom) of every box name drawn, smallest first. */
async function labelSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.getByTestId('topology-canvas').evaluate((canvas) => {
    const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport')!
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a
    return Array.from(canvas.querySelectorAll<HTMLElement>('[data-box-name]'))
      .map((el) => ({ text: (el.textContent ?? '').trim(), px: parseFloat(getComputedStyle(el).fontSize) * zoom }))
      .sort((a, b) => a.px - b.px)
  })
}

/** The checks' findings about text inside the topology canvas (the rest of the page is other journeys' business). */
async function topologyProblems(page: Page): Promise<string[]> {
  // layoutProblems names an element as tag[data-testid=…] "its first 40 characters"; name the canvas's the same way.
  const inCanvas = new Set(
    await page.getByTestId('topology-canvas').evaluate((canvas) =>
      Array.from(canvas.querySelectorAll<HTMLElement>('*')).map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    ),
  )
  return (await layoutProblems(page)).filter((problem) => [...inCanvas].some((name) => problem.includes(`: ${name} (`)))
}

/** data-az of every box drawn for a service, by service id. */
async function serviceAzs(page: Page, serviceId: string): Promise<string[]> {
  const boxes = page.locator(`[data-testid="topo-node-service:${serviceId}"], [data-testid^="topo-node-service:${serviceId}@"]`)
  return (await boxes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-az') ?? ''))).sort()
}

async function openPreset(page: Page, presetId: string) {
  await openDashboard(page)
  if (presetId !== 'swiftlogix') {
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(presetId)
    await expect(page.getByTestId('topology-canvas').locator('.react-flow__node').first()).toBeVisible()
  }
  // The default fit runs once the canvas knows its size.
  await page.waitForTimeout(500)
}

/** The topology section (its name is in the reader's language), toolbar, canvas and legend. */
async function shoot(page: Page, name: string) {
  await page.locator('section:has([data-testid="topology-canvas"])').last().screenshot({ path: `test-results/screenshots/${name}.png` })
}

async function expectReadable(page: Page) {
  const sizes = await labelSizes(page)
  expect(sizes.length).toBeGreaterThan(0)
  expect(sizes.filter((s) => s.px < SMALLEST_LABEL_PX), 'box names under 12 px on screen').toEqual([])
  expect(await topologyProblems(page), 'text cut off in the topology').toEqual([])
}

for (const preset of PRESETS) {
  test(`${preset.id}: names read at 12 px or more at the default fit, none cut, every service in each of its AZs`, async ({ page, consoleProblems }) => {
    await openPreset(page, preset.id)
    await expectReadable(page)
    const config = preset.scenario.config
    const azs = azNames(config.region, config.network.azCount)
    for (const service of config.services) {
      await expect(page.getByTestId(`topo-node-service:${service.id}`)).toHaveCount(1)
      expect(await serviceAzs(page, service.id), service.id).toEqual([...azs].sort())
    }
    await shoot(page, `readable-topology-${preset.id}-1440`)
    expect(consoleProblems).toEqual([])
  })
}

for (const size of ['projector', 'desktop', 'phone'] as const) {
  test(`swiftlogix at ${SIZES[size].width}×${SIZES[size].height}: names read at 12 px or more and none is cut`, async ({ page, consoleProblems }) => {
    await page.setViewportSize(SIZES[size])
    await openPreset(page, 'swiftlogix')
    await page.getByTestId('topology-canvas').scrollIntoViewIfNeeded()
    await expectReadable(page)
    await shoot(page, `readable-topology-swiftlogix-${SIZES[size].width}`)
    expect(consoleProblems).toEqual([])
  })
}

test('swiftlogix in Korean: names read at 12 px or more and none is cut', async ({ page, context, baseURL, consoleProblems }) => {
  await context.addCookies([{ name: 'archdeck-locale', value: 'ko', url: baseURL! }])
  await openPreset(page, 'swiftlogix')
  await expectReadable(page)
  await shoot(page, 'readable-topology-swiftlogix-1440-ko')
  expect(consoleProblems).toEqual([])
})

test('at 1920 × 1080 the default fit uses the canvas width', async ({ page, consoleProblems }) => {
  await page.setViewportSize(SIZES.desktop)
  await openPreset(page, 'swiftlogix')
  const { canvas, drawing } = await page.getByTestId('topology-canvas').evaluate((el) => {
    const nodes = Array.from(el.querySelectorAll('.react-flow__node')).map((n) => n.getBoundingClientRect())
    const box = el.getBoundingClientRect()
    return { canvas: box.width, drawing: Math.max(...nodes.map((r) => r.right)) - Math.min(...nodes.map((r) => r.left)) }
  })
  expect(drawing / canvas).toBeGreaterThan(0.85)
  expect(consoleProblems).toEqual([])
})

test('the AZ-outage overlay shades the failed AZ and every box in it, and says how each part recovers', async ({ page, consoleProblems }) => {
  await openPreset(page, 'swiftlogix')
  const config = PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config
  const [failed, surviving] = azNames(config.region, config.network.azCount)
  await page.getByLabel('Failure overlay').selectOption('az-outage')
  const canvas = page.getByTestId('topology-canvas')
  await expect(canvas.getByTestId(`topo-node-az:${failed}`)).toHaveAttribute('data-failed', 'true')
  await expect(canvas.getByTestId(`topo-node-az:${surviving}`)).not.toHaveAttribute('data-failed', 'true')
  // Every box drawn in the failed AZ is marked, the service boxes there included; none in the other.
  const marks = await canvas.locator('[data-az]').evaluateAll((nodes) => nodes.map((n) => ({ az: n.getAttribute('data-az'), failed: n.getAttribute('data-failed') === 'true', id: n.getAttribute('data-testid') })))
  expect(marks.filter((m) => m.az === failed && !m.failed).map((m) => m.id)).toEqual([])
  expect(marks.filter((m) => m.az === surviving && m.failed).map((m) => m.id)).toEqual([])
  expect(marks.filter((m) => m.failed && m.id?.startsWith('topo-node-service:')).length).toBe(config.services.length)
  const legend = page.getByTestId('topology-overlay-legend')
  await expect(legend).toContainText(`AZ ${failed} is down`)
  await expect(legend.getByTestId('topology-overlay-parts').getByRole('listitem')).toHaveCount(4)
  await shoot(page, 'readable-topology-az-outage')
  expect(consoleProblems).toEqual([])
})
