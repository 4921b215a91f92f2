import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { serialiseSavedState } from '@/lib/model'
import { readSavedWork } from './initial-state'

describe('readSavedWork', () => {
  it('drops a saved preset id that names no preset, keeping the work', () => {
    // The restore property's shrunk counterexample was presetId "": kept as is, the picker showed no preset.
    const scenario = PRESETS[0]!.scenario
    for (const presetId of ['', 'no-such-preset'])
      expect(readSavedWork(serialiseSavedState(scenario, presetId, '2026-11-24T00:00:00.000Z'))).toEqual({ kind: 'restore', scenario, presetId: null, savedAt: '2026-11-24T00:00:00.000Z' })
  })

  it('reports a corrupted save as a notice instead of restoring it', () => {
    expect(readSavedWork('{"version":1,')).toMatchObject({ kind: 'ignored', notice: { kind: 'error', text: 'The saved work in this browser is corrupted and was ignored.' } })
  })
})
