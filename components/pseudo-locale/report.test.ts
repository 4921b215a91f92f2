import { beforeAll, describe, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords, seenInMarkdown } from './check-page'
import { speakPseudoForEnglish } from './pseudo-catalogs'

beforeAll(speakPseudoForEnglish)

describe('the Markdown report in the pseudo-locale', () => {
  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('words every line of the %s report through the catalog', async (id, scenario) => {
    const { evaluateScenario } = await import('@/lib/evaluate')
    const { renderStakeholderReport } = await import('@/lib/report')
    const markdown = renderStakeholderReport(scenario, evaluateScenario(scenario), 'en', { generatedAt: '2026-12-06T01:00:00Z' })
    expectOnlyCatalogWords(seenInMarkdown(markdown, `report ${id}`), allowedFor([scenario]), 40)
  })
})
