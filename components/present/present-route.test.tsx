import { describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam, type Scenario } from '@/lib/model'
import { MAX_EXAMINED as FIT_BUDGET_MAX_EXAMINED } from '@/lib/advise/fit-budget'
import { PresentNotice } from './present-notice'

const browser = vi.hoisted(() => ({ acceptLanguage: null as string | null }))
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => ({ get: (name: string) => (name === 'accept-language' ? browser.acceptLanguage : null) }),
}))
const evaluated = vi.hoisted(() => ({ count: 0 }))
vi.mock('@/lib/evaluate', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/evaluate')>()
  return { ...original, evaluateScenario: (...args: Parameters<typeof original.evaluateScenario>) => (evaluated.count++, original.evaluateScenario(...args)) }
})
const { default: PresentPage, generateMetadata } = await import('@/app/present/page')

function linkWithPeak(peak: number): string {
  const s: Scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  s.config.services[0]!.scaling = { ...s.config.services[0]!.scaling, policy: 'none', scheduledPeakCount: peak }
  return encodeScenarioParam(s)
}

async function render(s: string) {
  evaluated.count = 0
  const element = (await PresentPage({ searchParams: Promise.resolve({ s }) })) as { type: unknown; props: Record<string, unknown> }
  return { element, evaluations: evaluated.count }
}

describe('/present?s=<crafted link>', () => {
  it('answers a two-billion-task peak with the over-limits notice and never evaluates it', async () => {
    const { element, evaluations } = await render(linkWithPeak(2e9))
    expect(element.type).toBe(PresentNotice)
    expect(element.props.kind).toBe('over-limits')
    expect(element.props.details).toContain('config.services[0].scaling.scheduledPeakCount: must be at most 500')
    expect(evaluations).toBe(0)
  })

  it('presents the largest peak the schema allows, with bounded work: the design once, and the variants the decision prices', async () => {
    const { element, evaluations } = await render(linkWithPeak(500))
    expect(element.type).not.toBe(PresentNotice)
    // The page evaluates the design once; the price sheets replay the deck's narrative, whose decision
    // evaluates its combined option and fit-budget's variants (at most MAX_EXAMINED, plus the input).
    expect(evaluations).toBeGreaterThan(1)
    expect(evaluations).toBeLessThanOrEqual(1 + 1 + 1 + FIT_BUDGET_MAX_EXAMINED)
  })
})

describe('the deck\'s browser tab', () => {
  it('is titled in the reader\'s language, with the plan\'s name as typed', async () => {
    const title = async (params: Record<string, string>) => (await generateMetadata({ searchParams: Promise.resolve(params) })).title
    expect(await title({ preset: 'swiftlogix' })).toBe('SwiftLogix final proposal — ArchDeck presentation')
    expect(await title({ preset: 'swiftlogix', lang: 'ko' })).toBe('SwiftLogix 최종 제안 — ArchDeck 발표')
    expect(await title({ preset: 'no-such-preset', lang: 'ko' })).toBe('ArchDeck 발표')
  })

  it('follows the browser\'s Accept-Language when no language was chosen', async () => {
    const title = async (params: Record<string, string>) => (await generateMetadata({ searchParams: Promise.resolve(params) })).title
    try {
      browser.acceptLanguage = 'ko-KR,ko;q=0.9,en;q=0.8'
      expect(await title({ preset: 'swiftlogix' })).toBe('SwiftLogix 최종 제안 — ArchDeck 발표')
      expect(await title({ preset: 'swiftlogix', lang: 'en' })).toBe('SwiftLogix final proposal — ArchDeck presentation')
      browser.acceptLanguage = 'fr-FR,en;q=0.5'
      expect(await title({ preset: 'swiftlogix' })).toBe('SwiftLogix final proposal — ArchDeck presentation')
    } finally {
      browser.acceptLanguage = null
    }
  })
})
