// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { serialiseSavedHistory } from '@/lib/model/saved-history'
import { readSavedHistoryWhenIdle, saveHistory, type ReadHistory } from './history-storage'
import type { UndoEntry } from './history'

const SAVED_AT = '2026-12-06T07:00:00.000Z'
const steps: UndoEntry[] = ['swiftlogix', 'mau-1m', 'standard-web'].map((id) => ({ step: 'preset', presetId: id, scenario: findPreset(id)!.scenario }))

beforeEach(() => window.localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('the undo history in browser storage', () => {
  it('reads a step per idle slice when slices are short, and gives back the presets themselves', () => {
    const slices: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (task: (deadline: IdleDeadline) => void) => slices.push(() => task({ didTimeout: false, timeRemaining: () => 0 })))
    vi.stubGlobal('cancelIdleCallback', () => {})
    saveHistory({ past: steps.slice(0, 2), future: steps.slice(2) }, SAVED_AT)
    const read: ReadHistory[] = []
    readSavedHistoryWhenIdle(SAVED_AT, (r) => read.push(r))
    for (let slice = 0; slice < 3; slice++) {
      expect(read).toEqual([])
      slices.shift()!()
    }
    // The fourth slice finds nothing left and answers.
    slices.shift()!()
    expect(read).toEqual([{ kind: 'restore', history: { past: steps.slice(0, 2), future: steps.slice(2) } }])
    const restored = read[0]!.kind === 'restore' ? read[0]!.history : null
    expect(restored?.past[1]!.scenario).toBe(findPreset('mau-1m')!.scenario)
  })

  it('stops reading when asked', () => {
    const slices: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (task: (deadline: IdleDeadline) => void) => slices.push(() => task({ didTimeout: false, timeRemaining: () => 0 })))
    vi.stubGlobal('cancelIdleCallback', () => slices.splice(0))
    saveHistory({ past: steps, future: [] }, SAVED_AT)
    const done = vi.fn()
    const stop = readSavedHistoryWhenIdle(SAVED_AT, done)
    slices.shift()!()
    stop()
    expect(slices).toEqual([])
    expect(done).not.toHaveBeenCalled()
  })

  it('removes a history the browser will not store, rather than leave one of other work', () => {
    window.localStorage.setItem('archdeck:history', serialiseSavedHistory({ past: steps, future: [] }, '2026-12-06T06:00:00.000Z'))
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === 'archdeck:history') throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    })
    try {
      saveHistory({ past: steps, future: [] }, SAVED_AT)
    } finally {
      vi.restoreAllMocks()
    }
    expect(window.localStorage.getItem('archdeck:history')).toBeNull()
  })
})
