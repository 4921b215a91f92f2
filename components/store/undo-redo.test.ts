import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { sayNotice } from '@/lib/i18n/catalog/say-notice'
import { createDashboardStore } from './dashboard-store'
import { canRedo, canUndo, HISTORY_LIMIT, nextRedo, nextUndo } from './history'
import { initialStateFor } from './initial-state'

/** A store on the seed preset whose clock moves only when a test says so. */
function storeAt(presetId = 'swiftlogix') {
  const clock = { ms: 0 }
  const store = createDashboardStore(initialStateFor(presetId), { now: () => clock.ms })
  return { store, clock, state: () => store.getState() }
}

describe('the store\'s undo and redo', () => {
  it('undoes an edit, says which in the catalog\'s words, and redoes it', () => {
    const { state } = storeAt()
    const first = state().scenario
    state().toggleMultiAz(!first.config.database.multiAz)
    const edited = state().scenario
    expect(nextUndo(state())).toBe('db-multi-az')
    expect(state().undo()).toBe(true)
    expect(state().scenario).toBe(first)
    expect(state().notice).toMatchObject({ kind: 'info', text: 'Undid: Database Multi-AZ' })
    expect(sayNotice('ko', state().notice!.reason!)).toBe('실행 취소: 데이터베이스 Multi-AZ')
    expect(nextRedo(state())).toBe('db-multi-az')
    expect(state().redo()).toBe(true)
    expect(state().scenario).toBe(edited)
    expect(state().notice).toMatchObject({ kind: 'info', text: 'Redid: Database Multi-AZ' })
    expect(sayNotice('ko', state().notice!.reason!)).toBe('다시 실행: 데이터베이스 Multi-AZ')
  })

  it('has nothing to undo or redo on a new page, and says nothing when asked', () => {
    const { state } = storeAt()
    expect([canUndo(state()), canRedo(state())]).toEqual([false, false])
    expect([state().undo(), state().redo()]).toEqual([false, false])
    expect(state().notice).toBeNull()
  })

  it('records every kind of change under its name: edits, a preset, an import, a replaced design, a region', async () => {
    const { state, clock } = storeAt()
    const steps: (string | null)[] = []
    const after = (change: () => unknown) => {
      clock.ms += 1_000
      change()
      steps.push(nextUndo(state()))
    }
    after(() => state().editScenario('db-class', (s) => ({ ...s, config: { ...s.config, database: { ...s.config.database, instanceClass: 'db.m5.large' } } })))
    after(() => state().loadPreset('mau-1m'))
    after(() => state().importScenarioText(JSON.stringify(findPreset('petclinic-3tier')!.scenario), 'plan.json'))
    after(() => state().replaceScenario(findPreset('swiftlogix')!.scenario, 'swiftlogix'))
    clock.ms += 1_000
    await state().setRegion('eu-west-1')
    steps.push(nextUndo(state()))
    expect(steps).toEqual(['db-class', 'preset', 'import', 'replace', 'region'])
    expect(state().history.past).toHaveLength(5)
  })

  it('brings back the preset a step started from, so its short link and the picker come back too', () => {
    const { state } = storeAt()
    const preset = state().scenario
    state().setBudget(123)
    expect(state().presetId).toBe('swiftlogix')
    state().importScenarioText(JSON.stringify(findPreset('petclinic-3tier')!.scenario), 'plan.json')
    expect(state().presetId).toBeNull()
    state().undo()
    state().undo()
    expect(state().scenario).toBe(preset)
    expect(state().presetId).toBe('swiftlogix')
  })

  it('records no step for a refused edit, which keeps the work and says why', () => {
    const { state } = storeAt()
    expect(state().editScenario('task-count', (s) => ({ ...s, config: { ...s.config, services: [] } }))).toBe(false)
    expect(state().notice?.kind).toBe('error')
    expect(canUndo(state())).toBe(false)
  })

  it(`keeps the last ${HISTORY_LIMIT} steps: ${HISTORY_LIMIT + 1} edits undo back to the first edit, not before`, () => {
    const { state, clock } = storeAt()
    for (let budget = 1; budget <= HISTORY_LIMIT + 1; budget++) {
      clock.ms += 1_000
      state().setBudget(budget * 10)
    }
    let undos = 0
    while (state().undo()) undos++
    expect(undos).toBe(HISTORY_LIMIT)
    expect(state().scenario.requirements.budget.monthly).toBe(10)
  })

  it('makes one step of a slider dragged for two seconds, and another of the next drag', () => {
    const { state, clock } = storeAt()
    const first = state().scenario
    for (let tasks = 2; tasks <= 22; tasks++, clock.ms += 100) state().setTasksPerService(tasks)
    const afterFirstDrag = state().scenario
    clock.ms += 2_000
    for (let tasks = 21; tasks >= 10; tasks--, clock.ms += 50) state().setTasksPerService(tasks)
    expect(state().history.past).toHaveLength(2)
    state().undo()
    expect(state().scenario).toBe(afterFirstDrag)
    state().undo()
    expect(state().scenario).toBe(first)
  })

  it('puts back saved work and its history without making that a step', () => {
    const { state } = storeAt()
    const saved = findPreset('mau-1m')!.scenario
    const history = { past: [{ step: 'budget' as const, scenario: findPreset('swiftlogix')!.scenario, presetId: 'swiftlogix' }], future: [] }
    state().restoreWork({ scenario: saved, presetId: 'mau-1m' })
    expect(canUndo(state())).toBe(false)
    state().restoreHistory(history)
    expect(state().history.past).toEqual(history.past)
    state().undo()
    expect(state().presetId).toBe('swiftlogix')
  })

  it('puts the steps taken while the saved history was read after it, forgetting its redo', () => {
    const { state, clock } = storeAt('mau-1m')
    const saved = { past: [{ step: 'budget' as const, scenario: findPreset('swiftlogix')!.scenario, presetId: 'swiftlogix' }], future: [{ step: 'preset' as const, scenario: findPreset('standard-web')!.scenario, presetId: 'standard-web' }] }
    const opened = state().scenario
    state().setBudget(77)
    clock.ms += 1_000
    state().restoreHistory(saved)
    expect(state().history.future).toEqual([])
    expect(state().undo() && state().scenario).toBe(opened)
    expect(state().undo() && state().presetId).toBe('swiftlogix')
    expect(canUndo(state())).toBe(false)
  })
})
