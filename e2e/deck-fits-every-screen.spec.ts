import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { PRESETS } from '../data/presets'
import { encodeScenarioParam, setDbMultiAz, setNatGateways } from '../lib/model'
import { presetScenario } from './engine-figures'
import { expect, test } from './fixtures'
import { layoutProblems, slideOverflow, VIEWPORTS } from './layout-checks'

/**
 * A presenter opens the deck on whatever is at hand (a phone, a tablet, a 1024 × 768 or 1280 × 720
 * projector, a laptop, a large screen) and walks it with the keyboard in English, then in Korean:
 * no slide runs past the footer or needs scrolling, and no text is cut off. A slide too full for a
 * small stage shows its words, then its picture, so → walks every step. The decks: the seed design
 * and the one with the longest decision (SwiftLogix with a Multi-AZ database and a NAT gateway per
 * AZ: over budget, its ways to cut beside its options to add); every preset at 1280 × 720.
 * The seed design at the five viewports and a share link are walked by e2e/present-anywhere.spec.ts.
 */

/**
 * The seed deck at every viewport is walked by e2e/present-anywhere.spec.ts; here only where that one
 * does not go (1024 × 768) and on a phone, for the screenshots of its split slides.
 */
const SEED_WALKED_HERE = new Set(['small-projector', 'phone'])
const SIZES = [...VIEWPORTS.slice(0, 2), { name: 'small-projector', width: 1024, height: 768 }, ...VIEWPORTS.slice(2)]
const LANGUAGES = ['en', 'ko'] as const
const SWITCH_TO = { en: 'Switch to English', ko: '한국어로 보기' } as const
const NEXT = { en: 'Next slide', ko: '다음 슬라이드' } as const

function longestDecision(): string {
  const scenario = presetScenario('swiftlogix')
  scenario.config = setNatGateways(setDbMultiAz(scenario.config, true), 2)
  return `/present?s=${encodeScenarioParam(scenario)}`
}

/** Two frames: the fit measures and zooms the slide after React renders it. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))

/**
 * Every step of the deck from the first, in the language on screen: the problems of each, as
 * "<deck> <size> <lang> <slide>[.<part>]: problem", and a screenshot of each slide `shots` names.
 */
async function walkDeck(page: Page, lang: 'en' | 'ko', label: string, shots?: { name: string; slides: RegExp }): Promise<string[]> {
  const problems: string[] = []
  const next = page.getByRole('button', { name: NEXT[lang], exact: true })
  await page.keyboard.press('Home')
  for (let step = 0; step < 30; step++) {
    await settle(page)
    const where = await page.evaluate(() => {
      const slide = document.querySelector('[data-slide]:not([aria-hidden="true"])')
      return `${slide?.getAttribute('data-slide')}${slide?.hasAttribute('data-part') ? `.${slide.getAttribute('data-part')}` : ''}`
    })
    for (const problem of [...(await slideOverflow(page)), ...(await layoutProblems(page))]) problems.push(`${label} ${lang} ${where}: ${problem}`)
    if (shots?.slides.test(where)) await page.screenshot({ path: `test-results/screenshots/deck-${shots.name}-${lang}-${where}.png` })
    if (await next.isDisabled()) return problems
    await page.keyboard.press('ArrowRight')
  }
  return [...problems, `${label} ${lang}: more than 30 steps`]
}

/** The deck at `path`, walked in English and then in Korean (switched with the deck's own button). */
async function walkBothLanguages(page: Page, path: string, label: string, shots?: { name: string; slides: RegExp }): Promise<string[]> {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en`)
  await expect(page.getByTestId('presentation')).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const problems = await walkDeck(page, 'en', label, shots)
  await page.getByRole('button', { name: SWITCH_TO.ko }).click()
  await expect(page.getByRole('button', { name: SWITCH_TO.en })).toBeVisible()
  return [...problems, ...(await walkDeck(page, 'ko', label, shots))]
}

test.beforeAll(() => mkdirSync('test-results/screenshots', { recursive: true }))

for (const size of SIZES) {
  test(`every slide fits a ${size.width} × ${size.height} screen, in English and Korean`, async ({ page, consoleProblems }) => {
    test.setTimeout(60_000)
    await page.setViewportSize({ width: size.width, height: size.height })
    const problems = [
      ...(SEED_WALKED_HERE.has(size.name) ? await walkBothLanguages(page, '/present?preset=swiftlogix', `swiftlogix ${size.name}`, { name: `swiftlogix-${size.width}x${size.height}`, slides: /^(summary|ops|security)/ }) : []),
      ...(await walkBothLanguages(page, longestDecision(), `longest-decision ${size.name}`, { name: `longest-${size.width}x${size.height}`, slides: /^decision/ })),
    ]
    expect(problems).toEqual([])
    expect(consoleProblems).toEqual([])
  })
}

test('every preset fits a 1280 × 720 projector, in English and Korean', async ({ page, consoleProblems }) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  const problems: string[] = []
  for (const preset of PRESETS) problems.push(...(await walkBothLanguages(page, `/present?preset=${preset.id}`, preset.id)))
  expect(problems).toEqual([])
  expect(consoleProblems).toEqual([])
})
