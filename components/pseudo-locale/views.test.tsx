// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '@/data/presets'
import type { Scenario } from '@/lib/model'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { stubLayout } from './layout-stubs'
import { loadDynamicChunks } from './load-chunks'
import { mount } from './mount'
import { speakPseudoForEnglish } from './pseudo-catalogs'

beforeAll(async () => {
  stubLayout()
  loadDynamicChunks()
  await speakPseudoForEnglish()
})

/** swiftlogix at 2,500 req/s with its services capped at 10 tasks: the overloaded branches of every view. */
function overloaded(): Scenario {
  const scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  scenario.requirements.traffic.peak.rps = 2500
  scenario.config.services.forEach((s) => (s.count.max = 10))
  return scenario
}

const SCENARIOS: [string, Scenario][] = [...PRESETS.map((p) => [p.id, p.scenario] as [string, Scenario]), ['swiftlogix overloaded', overloaded()]]
const TABS = ['overview', 'ops', 'business', 'security', 'finance', 'cto'] as const

describe.each(SCENARIOS)('the stakeholder views of %s in the pseudo-locale', (name, scenario) => {
  it.each(TABS)('word the %s tab through the catalog, its charts included', async (tab) => {
    const { StakeholderTabs } = await import('@/components/views/stakeholder-tabs')
    const { evaluateScenario } = await import('@/lib/evaluate')
    const view = await mount(<StakeholderTabs scenario={scenario} evaluation={evaluateScenario(scenario)} tab={tab} onTabChange={() => {}} />)
    try {
      expect(view.container.querySelector('[role="tabpanel"]')?.id).toBe(`stakeholder-panel-${tab}`)
      expectOnlyCatalogWords(collectSeen(view.container, `views ${name} › ${tab}`), allowedFor([scenario]), 10)
    } finally {
      view.unmount()
    }
  })
})
