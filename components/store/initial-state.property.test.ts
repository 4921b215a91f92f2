import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '@/data/presets'
import { parseScenario, serialiseSavedState } from '@/lib/model'
import { editText, mutate, mutation, textEdit } from '@/lib/model/testing/arbitrary-mutation'
import { presetScenario, validScenario } from '@/data/presets/testing/arbitrary-scenario'
import { expectClearMessage } from '@/lib/model/testing/clear-outcome'
import { readSavedWork } from './initial-state'

const savedAt = '2026-11-24T00:00:00.000Z'
const presetId = fc.oneof(fc.constant(null), fc.constantFrom(...PRESETS.map((p) => p.id)), fc.string({ maxLength: 12 }))

/** Restores a valid scenario under a preset that exists, or ignores the save with a sentence. */
function expectRestoreDecision(text: string): void {
  const work = readSavedWork(text)
  expect(work.kind).not.toBe('none')
  if (work.kind === 'ignored') {
    expect(work.notice.kind).toBe('error')
    expectClearMessage(work.notice.text)
  }
  if (work.kind === 'restore') {
    expect(parseScenario(work.scenario).ok).toBe(true)
    if (work.presetId !== null) expect(findPreset(work.presetId)).toBeDefined()
  }
}

describe('readSavedWork: the browser save restores valid work or is ignored with a notice', () => {
  it('does nothing when nothing is saved', () => {
    expect(readSavedWork(null)).toEqual({ kind: 'none' })
  })

  it('ignores random text with a notice', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectRestoreDecision), { numRuns: 300 })
  })

  it('restores any save of valid work, under a preset id only when that preset exists', () => {
    fc.assert(
      fc.property(validScenario, presetId, (scenario, id) => {
        const work = readSavedWork(serialiseSavedState(scenario, id, savedAt))
        expect(work).toMatchObject({ kind: 'restore', scenario, presetId: id !== null && findPreset(id) ? id : null })
      }),
      { numRuns: 60 },
    )
  })

  it('restores an untouched preset as the preset itself', () => {
    for (const preset of PRESETS)
      expect(readSavedWork(serialiseSavedState(structuredClone(preset.scenario), preset.id, savedAt))).toEqual({ kind: 'restore', scenario: preset.scenario, presetId: preset.id, savedAt })
  })

  it('restores or ignores a save changed by hand, cut short or corrupted', () => {
    fc.assert(
      fc.property(presetScenario, presetId, mutation, textEdit, (scenario, id, m, e) => {
        const text = serialiseSavedState(scenario, id, savedAt)
        expectRestoreDecision(JSON.stringify(mutate(JSON.parse(text), m)))
        expectRestoreDecision(editText(text, e))
      }),
      { numRuns: 150 },
    )
  })
})
