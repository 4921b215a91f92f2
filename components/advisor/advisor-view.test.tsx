// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { click, leave, mount, settle, type } from '@/components/pseudo-locale/mount'
import { stubLayout } from '@/components/pseudo-locale/layout-stubs'
import { loadDynamicChunks } from '@/components/pseudo-locale/load-chunks'
import { advise } from '@/lib/advise/advise'
import { resolveGoals } from '@/lib/advise/goals'
import { findPreset } from '@/data/presets'

beforeAll(() => {
  stubLayout()
  loadDynamicChunks()
})

afterAll(() => vi.unstubAllGlobals())

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const buttonNamed = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name)

describe('the Advisor tab', () => {
  it('says it cannot run where the browser has no web workers, and runs nothing', async () => {
    const { advisorInDashboard } = await import('./advisor-harness.fixture')
    const view = await mount(advisorInDashboard('swiftlogix', 'en').element)
    try {
      const status = view.container.querySelector('[data-testid="advisor-status"]')!
      expect(status.getAttribute('data-state')).toBe('error')
      expect(text(status)).toContain('needs web workers')
      expect(view.container.querySelector('[data-testid="advisor-preview"]')).toBeNull()
    } finally {
      view.unmount()
    }
  })

  it('shows the answer, previews a design picked in the table, and applies the best as one undoable step', async () => {
    const { advisorInDashboard, stubAdviceWorker } = await import('./advisor-harness.fixture')
    stubAdviceWorker()
    const swiftlogix = findPreset('swiftlogix')!.scenario
    const expected = advise(swiftlogix, resolveGoals(swiftlogix))
    const { element, store } = advisorInDashboard('swiftlogix', 'en')
    const view = await mount(element)
    try {
      const root = view.container
      const status = root.querySelector('[data-testid="advisor-status"]')!
      expect(status.getAttribute('data-state')).toBe('done')
      expect(status.getAttribute('data-examined')).toBe(String(expected.examined))
      expect(status.getAttribute('data-elapsed-ms')).toBe('7')
      expect(text(status)).toBe(`${expected.examined} designs examined in 7 ms`)
      expect(root.querySelectorAll('[data-testid="advisor-frontier"] figure[role="img"]')).toHaveLength(1)
      expect(text(root.querySelector('[data-testid="advisor-answer"]'))).toBe('The cheapest design that meets every goal costs ₩122,382 a month.')

      const preview = () => root.querySelector('[data-testid="advisor-preview"]')!
      expect(text(preview().querySelector('h3'))).toBe('Best design: the cheapest that meets every goal')
      await click(buttonNamed(root, 'Preview design 2'))
      expect(text(preview().querySelector('h3'))).toBe('Design 2 on the frontier')
      expect(text(preview())).toContain('Misses the budget goal')
      await click(buttonNamed(root, 'Preview design 1'))

      await click(buttonNamed(preview(), 'Apply'))
      expect(store.getState().scenario).toEqual(expected.best!.scenario)
      expect(store.getState().history.past).toHaveLength(1)
      await settle()
      // The applied design is the current one now: asked again, the advisor proposes from it.
      expect(root.querySelector('[data-testid="advisor-status"]')!.getAttribute('data-state')).toBe('done')
      expect(store.getState().undo()).toBe(true)
      expect(store.getState().scenario).toBe(swiftlogix)
    } finally {
      view.unmount()
    }
  })

  it('asks again when a goal changes, and says when no design meets every goal, with what the closest miss', async () => {
    const { advisorInDashboard, stubAdviceWorker } = await import('./advisor-harness.fixture')
    stubAdviceWorker()
    const view = await mount(advisorInDashboard('swiftlogix', 'en').element)
    try {
      const root = view.container
      const labels = [...root.querySelectorAll('label')].map((l) => text(l))
      expect(labels).toEqual(expect.arrayContaining(['Budget for the Black Friday month (KRW)', 'p95 within (ms), typical day and peak', 'Longest recovery, any failure (RTO, min)', 'Most data lost, any failure (RPO, min)']))
      expect(root.querySelector<HTMLInputElement>('input[placeholder="no bound"]')?.value).toBe('')
      const budget = [...root.querySelectorAll('label')].find((l) => text(l) === 'Monthly budget (KRW)')!
      const input = document.getElementById(budget.htmlFor) as HTMLInputElement
      await type(input, '50000')
      await leave(input)
      // The advisor asks once the goals stop changing (debounced), then answers.
      for (let round = 0; round < 50 && !text(root.querySelector('[data-testid="advisor-answer"]')).startsWith('No design'); round++) await settle()
      expect(text(root.querySelector('[data-testid="advisor-answer"]'))).toMatch(/^No design meets every goal\. The closest \d+ designs and what each misses:$/)
      expect(text(root.querySelector('[data-testid="advisor-preview"] h3'))).toBe('Closest design 1')
      expect(text(root.querySelector('[data-testid="advisor-preview"]'))).toMatch(/Misses the budget goal: ₩[\d,]+ a month over the budget/)
      expect(buttonNamed(root, 'Back to the requirements')).toBeDefined()
      // Each closest design says what it misses and by how much.
      const closest = root.querySelector('table')!
      expect(text(closest.querySelector('caption'))).toBe('The closest designs, nearest first, and the goals each misses')
      expect(text(closest.querySelector('tbody tr'))).toMatch(/₩[\d,]+ a month over the budget/)
    } finally {
      view.unmount()
    }
  })
})
