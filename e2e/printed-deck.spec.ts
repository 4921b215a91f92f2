import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { PRESETS } from '../data/presets'
import { encodeScenarioParam, setDbMultiAz, setNatGateways } from '../lib/model'
import { presetScenario } from './engine-figures'
import { expect, test } from './fixtures'

/**
 * The deck printed to PDF, as a CFO's "Print / PDF" click gives it: one slide per landscape page,
 * in order, nothing cut off. pdftotext reads each page back; pdftoppm renders two pages as PNG for
 * a person to look at (both come with poppler-utils, which .ci/run installs).
 */
const hasPoppler = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'].every(existsSync)

for (const lang of ['en', 'ko'] as const) {
  test(`the ${lang} deck prints one whole slide per page`, async ({ page, consoleProblems }) => {
    await page.goto(`/present?preset=swiftlogix-seoul-final&lang=${lang}`)
    await expect(page.getByTestId('presentation')).toBeVisible()
    await page.emulateMedia({ media: 'print' })

    // Nothing is clipped: in print every slide's content fits its page box.
    const slides = page.locator('.present-slide')
    const count = await slides.count()
    expect(count).toBe(7)
    const overflowing = await slides.evaluateAll((nodes) =>
      nodes.filter((n) => n.scrollHeight > n.clientHeight + 1).map((n) => `${n.getAttribute('data-slide')}: ${n.scrollHeight} > ${n.clientHeight}`),
    )
    expect(overflowing, 'slides whose content is cut off in print').toEqual([])

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    mkdirSync('test-results/screenshots', { recursive: true })
    const file = `test-results/present-${lang}.pdf`
    writeFileSync(file, pdf)
    test.skip(!hasPoppler, 'poppler-utils not installed: PDF written but not read back')

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
    expect(pages).toBe(count)
    const titles = lang === 'en' ? ['Summary', 'Operations', 'Business', 'Security', 'Finance', 'CTO'] : ['요약', '운영', '비즈니스', '보안', '재무', 'CTO']
    for (let n = 1; n <= pages; n++) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' })
      expect(text, `page ${n}`).toMatch(new RegExp(`\\b${n}\\s*/\\s*${count}\\b`))
      if (n <= titles.length) expect(text.toUpperCase(), `page ${n}`).toContain(titles[n - 1]!.toUpperCase())
    }
    if (lang === 'ko') expect(execFileSync('pdftotext', ['-f', '5', '-l', '5', file, '-'], { encoding: 'utf8' })).toMatch(/원/)
    // Two pages as images, for the eye: the summary and the operations slide.
    for (const n of [1, 2]) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', file, `test-results/screenshots/printed-${lang}-page${n}`])
    expect(consoleProblems).toEqual([])
  })
}

/** A4 and US Letter in landscape, 10 mm margins: the width the browser lays a printed slide out in (96 px per inch). */
const PAPERS = [
  { format: 'A4', contentWidthPx: Math.floor(((297 - 20) / 25.4) * 96) },
  { format: 'Letter', contentWidthPx: Math.floor(((279.4 - 20) / 25.4) * 96) },
] as const

/** The slides whose content runs past their printed page, laid out at the paper's width. */
async function cutInPrint(page: Page, widthPx: number): Promise<string[]> {
  await page.setViewportSize({ width: widthPx, height: 720 })
  await page.emulateMedia({ media: 'print' })
  return page.locator('.present-slide').evaluateAll((nodes) =>
    nodes.filter((n) => n.scrollHeight > n.clientHeight + 1).map((n) => `${n.getAttribute('data-slide')}: ${n.scrollHeight} > ${n.clientHeight}`),
  )
}

for (const lang of ['en', 'ko'] as const) {
  test(`the longest decision prints whole on A4 and on Letter, in ${lang}`, async ({ page, consoleProblems }) => {
    // Over budget with a Multi-AZ database and a NAT gateway per AZ: ways to cut beside options to add.
    const scenario = presetScenario('swiftlogix')
    scenario.config = setNatGateways(setDbMultiAz(scenario.config, true), 2)
    await page.goto(`/present?s=${encodeScenarioParam(scenario)}&lang=${lang}`)
    await expect(page.getByTestId('presentation')).toBeVisible()
    for (const paper of PAPERS) {
      expect(await cutInPrint(page, paper.contentWidthPx), `slides cut off on ${paper.format}`).toEqual([])
      const file = `test-results/present-longest-${lang}-${paper.format}.pdf`
      writeFileSync(file, await page.pdf({ format: paper.format, landscape: true, printBackground: true }))
      if (!hasPoppler) continue
      expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]), `pages on ${paper.format}`).toBe(7)
    }
    if (hasPoppler) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '7', '-l', '7', '-singlefile', `test-results/present-longest-${lang}-Letter.pdf`, `test-results/screenshots/printed-longest-${lang}-letter-decision`])
    expect(consoleProblems).toEqual([])
  })
}

test('every preset prints each slide whole on A4 and on Letter, in English and Korean', async ({ page, consoleProblems }) => {
  test.setTimeout(90_000)
  const cut: string[] = []
  for (const { id } of PRESETS) {
    for (const lang of ['en', 'ko'] as const) {
      await page.emulateMedia({ media: 'screen' })
      await page.goto(`/present?preset=${id}&lang=${lang}`)
      await expect(page.getByTestId('presentation')).toBeVisible()
      for (const paper of PAPERS) cut.push(...(await cutInPrint(page, paper.contentWidthPx)).map((slide) => `${id} ${lang} ${paper.format} ${slide}`))
    }
  }
  expect(cut).toEqual([])
  expect(consoleProblems).toEqual([])
})
