import type { Page } from '@playwright/test'
import { createShareLink, expect, openDashboard, test } from './fixtures'
import { layoutProblems, slideOverflow, VIEWPORTS } from './layout-checks'

/**
 * A stakeholder opens ArchDeck wherever they are: a phone, a tablet, a 1280 × 720 projector, a
 * laptop, a desktop. On each, the dashboard, the deck (every slide, English and Korean), the
 * comparison and a share link neither scroll sideways nor cut text off, and no slide runs past
 * its footer. Each page is looked at as it first opens, without any action of the reader.
 */

const NEXT = { en: 'Next slide', ko: '다음 슬라이드' } as const

/**
 * Every step of the deck on screen, in order (a slide too full for a small stage is shown in two
 * parts, and → walks both): the problems of each, prefixed with where they are.
 */
async function deckProblems(page: Page, lang: 'en' | 'ko', label: string): Promise<string[]> {
  await expect(page.getByTestId('presentation')).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const next = page.getByRole('button', { name: NEXT[lang], exact: true })
  const problems: string[] = []
  for (let step = 1; step <= 30; step++) {
    // Two frames: the deck fits the slide to its stage after React renders it.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
    for (const line of [...(await slideOverflow(page)), ...(await layoutProblems(page))]) problems.push(`${label} step ${step}: ${line}`)
    if (await next.isDisabled()) return problems
    await page.keyboard.press('ArrowRight')
  }
  return [...problems, `${label}: more than 30 steps`]
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/anywhere/${name}.png` })
}

let sharePath = ''

test.beforeAll(async ({ request }) => {
  sharePath = await createShareLink(request)
})

for (const viewport of VIEWPORTS) {
  test(`every page reads whole at ${viewport.width}×${viewport.height} (${viewport.name})`, async ({ page, consoleProblems }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    const size = `${viewport.width}x${viewport.height}`
    const problems: string[] = []

    await openDashboard(page)
    problems.push(...(await layoutProblems(page)).map((line) => `/ : ${line}`))
    await shoot(page, `dashboard-en-${size}`)

    for (const lang of ['en', 'ko'] as const) {
      await page.goto(`/present?lang=${lang}`)
      problems.push(...(await deckProblems(page, lang, `/present ${lang}`)))
      await page.keyboard.press('Home')
      await shoot(page, `present-${lang}-${size}`)
    }

    await page.goto('/compare?presets=swiftlogix,swiftlogix-seoul-final,swiftlogix-seoul-plan1&lang=en')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    problems.push(...(await layoutProblems(page)).map((line) => `/compare: ${line}`))
    await shoot(page, `compare-en-${size}`)

    await page.goto(`${sharePath}?lang=ko`)
    problems.push(...(await deckProblems(page, 'ko', `${sharePath} ko`)))
    await page.keyboard.press('Home')
    await shoot(page, `share-ko-${size}`)

    expect(problems).toEqual([])
    expect(consoleProblems).toEqual([])
  })
}
