import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { applyEdit, presetScenario, scenarioEdit, type ScenarioEdit } from '@/data/presets/testing/arbitrary-scenario'
import { createDashboardStore } from './dashboard-store'
import { canRedo, canUndo } from './history'
import { initialStateFor } from './initial-state'

/** One thing a user does to the design, as plain data so a shrunk counterexample reads. */
type Action =
  | { kind: 'edit'; edit: ScenarioEdit }
  | { kind: 'verb'; verb: 'setTasksPerService' | 'setBudget' | 'setPeakRps' | 'toggleMultiAz' | 'setAzCount'; value: number }
  | { kind: 'preset'; id: string }
  | { kind: 'replace'; preset: number }
  | { kind: 'import'; preset: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  scenarioEdit.map((edit) => ({ kind: 'edit' as const, edit })),
  fc.record({
    kind: fc.constant('verb' as const),
    verb: fc.constantFrom('setTasksPerService' as const, 'setBudget' as const, 'setPeakRps' as const, 'toggleMultiAz' as const, 'setAzCount' as const),
    value: fc.integer({ min: -1, max: 400 }),
  }),
  fc.constantFrom(...PRESETS.map((p) => p.id)).map((id) => ({ kind: 'preset' as const, id })),
  fc.nat({ max: PRESETS.length - 1 }).map((preset) => ({ kind: 'replace' as const, preset })),
  fc.nat({ max: PRESETS.length - 1 }).map((preset) => ({ kind: 'import' as const, preset })),
)

/** Milliseconds between two actions: often within the 500 ms that join a repeated edit into one step. */
const pause = fc.integer({ min: 0, max: 1_500 })

function run(store: ReturnType<typeof createDashboardStore>, a: Action): void {
  const state = store.getState()
  if (a.kind === 'edit') state.editScenario('task-count', (s) => applyEdit(s, a.edit))
  else if (a.kind === 'verb') {
    if (a.verb === 'toggleMultiAz') state.toggleMultiAz(a.value % 2 === 0)
    else state[a.verb](a.value)
  }
  else if (a.kind === 'preset') state.loadPreset(a.id)
  else if (a.kind === 'replace') state.replaceScenario(structuredClone(PRESETS[a.preset]!.scenario), null)
  else state.importScenarioText(JSON.stringify(PRESETS[a.preset]!.scenario), 'plan.json')
}

describe('undo and redo over any sequence of changes', () => {
  it('undoes back to the first design and redoes to the last, at any pace', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(action, pause), { maxLength: 40 }), (steps) => {
        let clock = 0
        const store = createDashboardStore(initialStateFor(), { now: () => clock })
        const first = store.getState()
        for (const [a, ms] of steps) {
          clock += ms
          run(store, a)
        }
        const last = store.getState()
        let undos = 0
        while (canUndo(store.getState())) {
          expect(store.getState().undo()).toBe(true)
          undos++
        }
        expect(undos).toBeLessThanOrEqual(steps.length)
        // The very object: an untouched preset comes back with its short link.
        expect(store.getState().scenario).toBe(first.scenario)
        expect(store.getState().presetId).toBe(first.presetId)
        expect(store.getState().undo()).toBe(false)
        while (canRedo(store.getState())) store.getState().redo()
        expect(store.getState().scenario).toBe(last.scenario)
        expect(store.getState().presetId).toBe(last.presetId)
      }),
      { numRuns: 100 },
    )
  })

  it('never records a step that changed nothing, so every undo changes the design', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        let clock = 0
        const store = createDashboardStore(initialStateFor(), { now: () => (clock += 1_000) })
        for (const a of actions) run(store, a)
        while (canUndo(store.getState())) {
          const before = store.getState()
          store.getState().undo()
          const after = store.getState()
          expect(JSON.stringify([after.scenario, after.presetId])).not.toBe(JSON.stringify([before.scenario, before.presetId]))
        }
      }),
      { numRuns: 40 },
    )
  })

  it('starts again from any design: a new change after undoing forgets what could be redone', () => {
    fc.assert(
      fc.property(presetScenario, fc.integer({ min: 2, max: 50 }), (scenario, more) => {
        let clock = 0
        const store = createDashboardStore({ scenario, presetId: null }, { now: () => (clock += 1_000) })
        store.getState().setBudget(scenario.requirements.budget.monthly + 1)
        store.getState().undo()
        expect(canRedo(store.getState())).toBe(true)
        store.getState().setBudget(scenario.requirements.budget.monthly + more)
        expect(canRedo(store.getState())).toBe(false)
      }),
      { numRuns: 20 },
    )
  })
})
