import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { listProblems, parseSavedState, parseScenario, type Scenario } from '../../model'
import type { NoticeReason } from './notice-reasons'
import { sayNotice } from './say-notice'

/** The dashboard's notices, with the model's field errors inside, in English (as before) and in Korean. */

const HANGUL = /[가-힣]/

function refusedEdit(): ReturnType<typeof listProblems> {
  const s: Scenario = structuredClone(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario)
  s.config.services[0]!.count.max = 2e9
  const parsed = parseScenario(s)
  if (parsed.ok) throw new Error('expected a refusal')
  return listProblems(parsed.errors)
}

describe('the notice namespace', () => {
  it('says a refused link, edit and import with the field errors in the reader\'s language', () => {
    const list = refusedEdit()
    const cases: [NoticeReason, string, string][] = [
      [
        { code: 'notice.link-refused', params: { overLimits: true, ...list } },
        'The link asks for more than ArchDeck evaluates: config.services[0].count.max: must be at most 500. Showing the default preset instead.',
        '링크가 ArchDeck이 평가하는 범위를 넘습니다: config.services[0].count.max: 500 이하여야 합니다. 기본 프리셋을 대신 보여 줍니다.',
      ],
      [
        { code: 'notice.edit-refused', params: { edit: 'tasks-per-service', ...list } },
        'Tasks per service was not applied: config.services[0].count.max: must be at most 500',
        '서비스당 태스크 수를 적용하지 않았습니다: config.services[0].count.max: 500 이하여야 합니다',
      ],
      [
        { code: 'notice.import-refused', params: { fileName: 'plan.json', ...list } },
        'plan.json was not imported: config.services[0].count.max: must be at most 500. Your current work is unchanged.',
        'plan.json을 가져오지 않았습니다: config.services[0].count.max: 500 이하여야 합니다. 지금 작업은 그대로입니다.',
      ],
    ]
    for (const [reason, english, korean] of cases) {
      expect(sayNotice('en', reason)).toBe(english)
      expect(sayNotice('ko', reason)).toBe(korean)
    }
  })

  it('says why saved work was ignored as the model does, and where a copy is kept', () => {
    const saved = parseSavedState('{"version":1,')
    if (saved.ok) throw new Error('expected the save to be ignored')
    const reason: NoticeReason = { code: 'notice.saved-ignored', params: { why: saved.reason, keptUnder: 'archdeck:unreadable' } }
    expect(sayNotice('en', reason)).toBe('The saved work in this browser is corrupted and was ignored. A copy is kept in this browser under "archdeck:unreadable".')
    expect(sayNotice('ko', reason)).toMatch(HANGUL)
  })

  it('says every other notice in Korean', () => {
    const others: NoticeReason[] = [
      { code: 'notice.link-unknown-preset', params: { id: 'nope' } },
      { code: 'notice.unknown-preset', params: { id: 'nope' } },
      { code: 'notice.imported', params: { fileName: 'plan.json' } },
      { code: 'notice.storage-unavailable', params: {} },
      { code: 'notice.topology-image-failed', params: { detail: 'x' } },
    ]
    for (const reason of others) expect(sayNotice('ko', reason)).toMatch(HANGUL)
  })
})
