import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '@/lib/model'
import { editText, mutate, mutation, textEdit } from '@/lib/model/testing/arbitrary-mutation'
import { presetScenario } from '@/data/presets/testing/arbitrary-scenario'
import { expectClearMessage } from '@/lib/model/testing/clear-outcome'
import { createDashboardStore } from './dashboard-store'
import { initialStateFor } from './initial-state'

/** A rejected input leaves the very same work in place and says why; an accepted one is valid. */
function expectWorkKeptOrValid(store: ReturnType<typeof createDashboardStore>, apply: () => void): void {
  const before = store.getState()
  apply()
  const after = store.getState()
  expect(parseScenario(after.scenario).ok).toBe(true)
  if (after.notice?.kind === 'error') {
    expect(after.scenario).toBe(before.scenario)
    expect(after.presetId).toBe(before.presetId)
    expectClearMessage(after.notice.text)
  }
}

const fileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.tuple(presetScenario, mutation).map(([s, m]) => JSON.stringify(mutate(s, m))),
  fc.tuple(presetScenario, textEdit).map(([s, e]) => editText(JSON.stringify(s), e)),
)

const number = fc.oneof(fc.double(), fc.integer({ min: -5, max: 600 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308))

describe('the dashboard store: a failed input never replaces the current work', () => {
  it('imports a config file or keeps the work and says why', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const store = createDashboardStore(initialStateFor())
        expectWorkKeptOrValid(store, () => {
          const imported = store.getState().importScenarioText(text, 'plan.json')
          expect(store.getState().notice?.kind).toBe(imported ? 'info' : 'error')
          if (!imported) expect(store.getState().notice?.text).toMatch(/^plan\.json was not imported: .+ Your current work is unchanged\.$/s)
        })
      }),
      { numRuns: 250 },
    )
  })

  it('applies an edit with any number or keeps the work and says why', () => {
    const verbs = ['setTasksPerService', 'setMaxTasksPerService', 'setAzCount', 'setBudget', 'setPeakRps', 'setFargateSize', 'setServiceTasks', 'setDbClass'] as const
    fc.assert(
      fc.property(fc.constantFrom(...verbs), number, number, fc.string({ maxLength: 12 }), (verb, a, b, text) => {
        const store = createDashboardStore(initialStateFor())
        const state = store.getState()
        expectWorkKeptOrValid(store, () => {
          if (verb === 'setFargateSize') state.setFargateSize(a, b)
          else if (verb === 'setServiceTasks') state.setServiceTasks(state.scenario.config.services[0]!.id, a)
          else if (verb === 'setDbClass') state.setDbClass(text)
          else state[verb](a)
        })
      }),
      { numRuns: 250 },
    )
  })
})
