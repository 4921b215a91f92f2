import { describe, expect, it } from 'vitest'
import { history as enHistory } from './en/history'
import { STEPS as EN_STEPS } from './en/notice'
import { history as koHistory } from './ko/history'
import { STEPS as KO_STEPS } from './ko/notice'
import { EDIT_NAMES, type HistoryStep } from './notice-reasons'
import { sayHistory } from './say-history'
import { sayNotice } from './say-notice'
import { englishLeftIn } from './testing/english-left-in'

const STEPS: HistoryStep[] = [...EDIT_NAMES, 'preset', 'import', 'replace']
const HANGUL = /[\uac00-\ud7a3]/
/** Key names, written on the keys of a Korean keyboard too. */
const KEYS = ['Ctrl', 'Shift']

describe('undo and redo in words', () => {
  it('names every step in both languages, as the notice says it', () => {
    expect(Object.keys(EN_STEPS).sort()).toEqual([...STEPS].sort())
    expect(Object.keys(KO_STEPS).sort()).toEqual([...STEPS].sort())
    for (const step of STEPS) {
      expect(sayNotice('en', { code: 'notice.undone', params: { step } })).toBe(`Undid: ${EN_STEPS[step]}`)
      expect(sayNotice('en', { code: 'notice.redone', params: { step } })).toBe(`Redid: ${EN_STEPS[step]}`)
      expect(sayNotice('ko', { code: 'notice.undone', params: { step } })).toBe(`실행 취소: ${KO_STEPS[step]}`)
      expect(sayHistory('en', { code: 'history.undo-title', params: { step, mac: false } })).toBe(`Undo ${EN_STEPS[step]} (Ctrl+Z)`)
      expect(sayHistory('ko', { code: 'history.redo-title', params: { step, mac: true } })).toBe(`다시 실행: ${KO_STEPS[step]} (⇧⌘Z)`)
    }
    expect(sayNotice('en', { code: 'notice.undone', params: { step: 'db-multi-az' } })).toBe('Undid: Database Multi-AZ')
  })

  // Each edit's own name is the inspector's and the controls' words (their tests); these are the buttons'.
  it('words the buttons in Korean with no English left but key names', () => {
    expect(Object.keys(koHistory).sort()).toEqual(Object.keys(enHistory).sort())
    for (const step of [null, 'preset', 'import', 'replace', 'budget'] as const)
      for (const mac of [false, true])
        for (const code of ['history.undo', 'history.redo', 'history.undo-title', 'history.redo-title'] as const) {
          const korean = sayHistory('ko', { code, params: { step, mac } } as never)
          expect(korean, code).toMatch(HANGUL)
          expect(englishLeftIn(korean, KEYS), `${code}: ${korean}`).toEqual([])
        }
    const dropped = sayNotice('ko', { code: 'notice.history-dropped', params: {} })
    expect(dropped).toMatch(HANGUL)
    expect(englishLeftIn(dropped)).toEqual([])
  })
})
