import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { setTasksPerService, type Scenario } from '@/lib/model'
import { COALESCE_MS, EMPTY_HISTORY, HISTORY_LIMIT, recordStep, travel, type History, type Work } from './history'

const start: Work = { scenario: findPreset('swiftlogix')!.scenario, presetId: 'swiftlogix' }

/** The start with every service at `tasks` tasks: a distinct scenario per count. */
function withTasks(tasks: number): Work {
  const scenario: Scenario = { ...start.scenario, config: setTasksPerService(start.scenario.config, tasks) }
  return { scenario, presetId: 'swiftlogix' }
}

describe('recordStep', () => {
  it('records the work before a change as the next undo, and forgets what could be redone', () => {
    const redoable: History = { past: [], future: [{ step: 'budget', ...withTasks(9) }] }
    const history = recordStep(redoable, 'task-count', start, withTasks(3), 0)
    expect(history.past).toEqual([{ step: 'task-count', ...start }])
    expect(history.future).toEqual([])
  })

  it('records nothing when the change left the work as it was (an equal copy included)', () => {
    const copy: Work = { scenario: structuredClone(start.scenario), presetId: start.presetId }
    expect(recordStep(EMPTY_HISTORY, 'budget', start, copy, 0)).toBe(EMPTY_HISTORY)
    // The preset id is part of the work: the same design, no longer an untouched preset, is a change.
    expect(recordStep(EMPTY_HISTORY, 'replace', start, { ...copy, presetId: null }, 0).past).toHaveLength(1)
  })

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history = EMPTY_HISTORY
    let work = start
    for (let tasks = 1; tasks <= HISTORY_LIMIT + 5; tasks++) {
      const next = withTasks(tasks)
      history = recordStep(history, 'preset', work, next, tasks * 10_000)
      work = next
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    // The five oldest went first: the oldest kept is the work before the sixth step.
    expect(history.past[0]!.scenario).toEqual(withTasks(5).scenario)
  })

  it(`joins the same edit repeated within ${COALESCE_MS} ms of the last into one step: one drag, one undo`, () => {
    let history = EMPTY_HISTORY
    let work = start
    // A slider dragged for two seconds, an event every 100 ms.
    for (let at = 0, tasks = 3; at <= 2_000; at += 100, tasks++) {
      const next = withTasks(tasks)
      history = recordStep(history, 'tasks-per-service', work, next, at)
      work = next
    }
    expect(history.past).toEqual([{ step: 'tasks-per-service', ...start }])
  })

  it('keeps separate steps for another edit, the same edit after a pause, and a whole design replaced', () => {
    const a = withTasks(3)
    const b = withTasks(4)
    const c = withTasks(5)
    const d = withTasks(6)
    let history = recordStep(EMPTY_HISTORY, 'tasks-per-service', start, a, 0)
    history = recordStep(history, 'task-count', a, b, 100)
    history = recordStep(history, 'task-count', b, c, 100 + COALESCE_MS + 1)
    history = recordStep(history, 'replace', c, d, 100 + COALESCE_MS + 2)
    history = recordStep(history, 'replace', d, start, 100 + COALESCE_MS + 3)
    expect(history.past.map((e) => e.step)).toEqual(['tasks-per-service', 'task-count', 'task-count', 'replace', 'replace'])
  })

  it('leaves no step when a drag ends where it began, and a drag that goes on starts one again', () => {
    let history = recordStep(EMPTY_HISTORY, 'budget', start, withTasks(3), 0)
    history = recordStep(history, 'budget', withTasks(3), start, 100)
    expect(history.past).toEqual([])
    history = recordStep(history, 'budget', start, withTasks(4), 200)
    expect(history.past).toEqual([{ step: 'budget', ...start }])
  })
})

describe('travel back (undo) and forward (redo)', () => {
  it('go back to the work before a step and forward again, naming the step', () => {
    const after = withTasks(3)
    const history = recordStep(EMPTY_HISTORY, 'tasks-per-service', start, after, 0)
    const undone = travel(history, after, 'back')!
    expect(undone.work).toEqual({ step: 'tasks-per-service', ...start })
    const redone = travel(undone.history, start, 'forward')!
    expect(redone.work).toEqual({ step: 'tasks-per-service', ...after })
    expect(redone.history.past).toEqual(history.past)
    expect(redone.history.future).toEqual([])
  })

  it('do nothing when there is nothing to undo or redo', () => {
    expect(travel(EMPTY_HISTORY, start, 'back')).toBeNull()
    expect(travel(EMPTY_HISTORY, start, 'forward')).toBeNull()
  })

  it('stop a drag from joining the step before an undo', () => {
    const a = withTasks(3)
    const history = recordStep(EMPTY_HISTORY, 'budget', start, a, 0)
    const undone = travel(history, a, 'back')!
    const again = recordStep(undone.history, 'budget', start, withTasks(4), 100)
    expect(again.past).toEqual([{ step: 'budget', ...start }])
    expect(again.future).toEqual([])
  })
})
