import { describe, expect, it } from 'vitest'
import { LOCALES } from '../locale'
import { en } from './en'
import { catalogOf, pseudoCatalog, pseudoLocalize, say, sayWith } from './index'

const NO_SLA = { code: 'capacity.advice.no-task-count', params: { slaP95Ms: 60 } } as const

describe('the message catalog', () => {
  it('words every code in every language, and no more', () => {
    const codes = Object.keys(en).sort()
    for (const locale of LOCALES) expect(Object.keys(catalogOf(locale)).sort(), locale).toEqual(codes)
  })

  it('says a reason in the reader\'s language with its params', () => {
    expect(say('en', NO_SLA)).toBe("No task count meets p95 < 60 ms: network overhead plus one request's service time already exceed it.")
    expect(say('ko', NO_SLA)).toBe('p95 < 60 ms를 지키는 태스크 수가 없습니다. 네트워크 오버헤드와 요청 하나의 처리 시간만으로 이미 넘습니다.')
  })

  it('writes no Hangul in English', () => {
    expect(say('en', NO_SLA)).not.toMatch(/[\uac00-\ud7a3]/)
  })

  it('derives an accented, bracketed pseudo-locale from English that keeps the numbers', () => {
    expect(pseudoLocalize('Tasks')).toBe('[Ŧåšķš]')
    const pseudo = sayWith(pseudoCatalog(), NO_SLA)
    expect(pseudo).toMatch(/^\[.*\]$/)
    expect(pseudo).toContain('60')
    expect(pseudo).not.toMatch(/task/)
  })
})

describe('capacity through the catalog', () => {
  it('words every capacity reason of every preset in each language and in the pseudo-locale', async () => {
    const { PRESETS } = await import('../../../data/presets')
    const { evaluateScenario } = await import('../../evaluate')
    const pseudo = pseudoCatalog()
    for (const { id, scenario } of PRESETS) {
      for (const s of evaluateScenario(scenario).capacity.services) {
        for (const reason of [s.typical.label, s.typical.formula, s.peak.label, s.peak.formula, s.advice]) {
          const english = say('en', reason)
          expect(english, `${id} ${reason.code}`).not.toMatch(/undefined|NaN|[\uac00-\ud7a3]/)
          expect(say('ko', reason), `${id} ${reason.code}`).not.toMatch(/undefined|NaN/)
          expect(sayWith(pseudo, reason), `${id} ${reason.code}`).toBe(pseudoLocalize(english))
        }
        // The advice is a Korean sentence, not English left over.
        expect(say('ko', s.advice)).toMatch(/[\uac00-\ud7a3]/)
      }
    }
  })
})
