import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam, type Scenario } from '@/lib/model'
import { refuseOverLimitLink } from './refuse-over-limit-link'

/** Seed 000 with its first service pinned at `peak` tasks during the peak: the link that froze the server for 55 s. */
function craftedLink(peak: number): string {
  const s: Scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  s.config.services[0]!.scaling = { ...s.config.services[0]!.scaling, policy: 'none', scheduledPeakCount: peak }
  return encodeScenarioParam(s)
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000${path}`, { headers })

describe('refuseOverLimitLink: a link over the evaluation limits is answered before any page evaluates it', () => {
  for (const page of ['/present', '/', '/compare']) {
    it(`answers ${page}?s=<two-billion-task peak> with 422 and the field at fault`, async () => {
      const response = refuseOverLimitLink(get(`${page}?s=${craftedLink(2e9)}`))
      expect(response?.status).toBe(422)
      expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = await response!.text()
      expect(html).toContain('This link asks for more than ArchDeck evaluates')
      expect(html).toContain('services[0].scaling.scheduledPeakCount: must be at most 500')
    })
  }

  it('refuses the largest safe integer too, and a comparison where only the second plan is over', () => {
    expect(refuseOverLimitLink(get(`/present?s=${craftedLink(Number.MAX_SAFE_INTEGER)}`))?.status).toBe(422)
    expect(refuseOverLimitLink(get(`/compare?presets=swiftlogix&s=${craftedLink(14)}&s=${craftedLink(2e9)}`))?.status).toBe(422)
  })

  it('speaks Korean when the link or the saved language says so', async () => {
    const response = refuseOverLimitLink(get(`/present?s=${craftedLink(2e9)}`, { cookie: 'other=1; archdeck-locale=ko' }))
    const html = await response!.text()
    expect(html).toContain('이 링크는 ArchDeck이 평가하는 범위를 넘습니다')
    expect(html).toContain('services[0].scaling.scheduledPeakCount: 500 이하여야 합니다')
    // A language ArchDeck does not speak falls back to the saved one, as on every page (resolveLocale).
    const unknownLang = refuseOverLimitLink(get(`/present?lang=fr&s=${craftedLink(2e9)}`, { cookie: 'archdeck-locale=ko' }))
    expect(await unknownLang!.text()).toContain('이 링크는 ArchDeck이 평가하는 범위를 넘습니다')
  })

  it('lets valid links, broken links, other pages and other methods through to their pages', () => {
    expect(refuseOverLimitLink(get(`/present?s=${craftedLink(14)}`))).toBeNull()
    expect(refuseOverLimitLink(get('/?s=not-a-scenario'))).toBeNull()
    expect(refuseOverLimitLink(get(`/workspaces?s=${craftedLink(2e9)}`))).toBeNull()
    expect(refuseOverLimitLink(new Request(`http://127.0.0.1:3000/present?s=${craftedLink(2e9)}`, { method: 'POST' }))).toBeNull()
  })

  it('escapes what the link says before putting it in the page', async () => {
    // An unknown key is quoted in its error, which the page lists beside the limit.
    const s = structuredClone(findPreset('swiftlogix')!.scenario) as Scenario & { config: Record<string, unknown> }
    s.config['<script>alert(1)</script>'] = 1
    s.config.services[0]!.count.max = 501
    const html = await refuseOverLimitLink(get(`/present?s=${encodeScenarioParam(s)}`))!.text()
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).not.toContain('<script>')
  })
})
