// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { allowedFor } from '@/components/pseudo-locale/allowed-words'
import { expectOnlyCatalogWords } from '@/components/pseudo-locale/check-page'
import { collectSeen } from '@/components/pseudo-locale/find-leaks'
import { stubLayout } from '@/components/pseudo-locale/layout-stubs'
import { loadDynamicChunks } from '@/components/pseudo-locale/load-chunks'
import { click, mount } from '@/components/pseudo-locale/mount'
import { speakPseudoForEnglish } from '@/components/pseudo-locale/pseudo-catalogs'

beforeAll(async () => {
  stubLayout()
  loadDynamicChunks()
  await speakPseudoForEnglish()
})

afterAll(() => vi.unstubAllGlobals())

describe('the Advisor tab in the pseudo-locale', () => {
  it('words the goals, status, frontier, preview and its changes through the catalog', async () => {
    const { advisorInDashboard, stubAdviceWorker } = await import('./advisor-harness.fixture')
    stubAdviceWorker()
    const view = await mount(advisorInDashboard('swiftlogix', 'en').element)
    try {
      const root = view.container
      expect(root.querySelector('[data-testid="advisor-status"]')!.getAttribute('data-state')).toBe('done')
      // The levers left as drawn are inside a closed <details>: open it so its words are checked too.
      await click(root.querySelector('details summary'))
      expectOnlyCatalogWords(collectSeen(root, 'advisor › swiftlogix'), allowedFor([findPreset('swiftlogix')!.scenario]), 40)
    } finally {
      view.unmount()
    }
  })
})
