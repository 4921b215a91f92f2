import type { Page } from '@playwright/test'
import { test, expect, openDashboard } from './fixtures'
import { layoutProblems, VIEWPORTS } from './layout-checks'

/**
 * A stakeholder reads their tab, or the comparison of three plans, on a phone, a tablet or a
 * 1280 × 720 projector, in English and in Korean: nothing in the tab row, the tab's panel or the
 * compare page is cut off, and the tabs fit their column (the tab row scrolls inside its own box;
 * wide tables do from 640 px up, and on a phone read as one record per row, no table left). The
 * dashboard's shell around the tabs (header, controls, KPI strip, topology) has its own journey
 * (present-anywhere.spec.ts), so only the tabs are looked at there.
 */

const SIZES = VIEWPORTS.filter((v) => v.name === 'phone' || v.name === 'tablet' || v.name === 'projector')
const LANGUAGES = ['en', 'ko'] as const
const THREE_PLANS = '/compare?presets=swiftlogix,swiftlogix-seoul-final,swiftlogix-seoul-plan1'

/**
 * layoutProblems for what lies inside `selector` only: everything beside the region's ancestors is
 * marked aria-hidden (which layoutProblems skips) while it looks, then unmarked. The page's own
 * sideways scroll is replaced by the region's: it must not be wider than its box.
 */
async function problemsInside(page: Page, selector: string): Promise<string[]> {
  const regionWider = await page.evaluate((sel) => {
    const region = document.querySelector<HTMLElement>(sel)
    if (!region) return `no ${sel}`
    for (let el: HTMLElement | null = region; el && el !== document.body; el = el.parentElement) {
      for (const sibling of Array.from(el.parentElement?.children ?? [])) {
        if (sibling === el || sibling.getAttribute('aria-hidden') === 'true') continue
        sibling.setAttribute('aria-hidden', 'true')
        sibling.setAttribute('data-outside-region', '')
      }
    }
    return region.scrollWidth > region.clientWidth + 1 ? `${sel} scrolls sideways: ${region.scrollWidth} > ${region.clientWidth}` : null
  }, selector)
  const problems = (await layoutProblems(page)).filter((line) => !line.startsWith('page scrolls sideways'))
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('[data-outside-region]'))) {
      el.removeAttribute('aria-hidden')
      el.removeAttribute('data-outside-region')
    }
  })
  return regionWider ? [regionWider, ...problems] : problems
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/views-at-every-size/${name}.png`, fullPage: true })
}

for (const viewport of SIZES) {
  for (const lang of LANGUAGES) {
    const size = `${viewport.width}x${viewport.height}`

    test(`every tab reads whole at ${size} (${viewport.name}, ${lang})`, async ({ page, context, baseURL, consoleProblems }) => {
      // Seven tabs, each looked at element by element.
      test.setTimeout(120_000)
      await context.addCookies([{ name: 'archdeck-locale', value: lang, url: baseURL! }])
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await openDashboard(page)
      const tabs = page.getByRole('tab')
      // The tabs load after the page's first paint.
      await expect(tabs.first()).toBeVisible()
      const count = await tabs.count()
      expect(count).toBe(7)
      const problems: string[] = []
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i)
        const id = ((await tab.getAttribute('id')) ?? `${i}`).replace('stakeholder-tab-', '')
        await tab.click()
        await expect(tab).toHaveAttribute('aria-selected', 'true')
        if (id === 'advisor') await expect(page.getByTestId('advisor-answer')).toBeVisible({ timeout: 30_000 })
        // Charts measure their column after the first paint.
        await page.waitForTimeout(300)
        problems.push(...(await problemsInside(page, '[data-testid=stakeholder-tabs]')).map((line) => `${id}: ${line}`))
        // On a phone a table of records reads as one block per row, nothing off to the right.
        if (viewport.width < 640 && (await page.getByRole('tabpanel').getByRole('table').count()) > 0) problems.push(`${id}: a table on a phone`)
        await page.getByRole('tabpanel').screenshot({ path: `test-results/screenshots/views-at-every-size/tab-${id}-${lang}-${size}.png` })
      }
      expect(problems).toEqual([])
      expect(consoleProblems).toEqual([])
    })

    test(`compare with three plans reads whole at ${size} (${viewport.name}, ${lang})`, async ({ page, consoleProblems }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      await page.goto(`${THREE_PLANS}&lang=${lang}`)
      await expect(page.getByRole('main')).toBeVisible()
      await page.waitForTimeout(300)
      const problems = [...(await layoutProblems(page))]
      if (viewport.width < 640 && (await page.getByRole('main').getByRole('table').count()) > 0) problems.push('a table on a phone')
      await shoot(page, `compare-${lang}-${size}`)
      expect(problems).toEqual([])
      expect(consoleProblems).toEqual([])
    })
  }
}
