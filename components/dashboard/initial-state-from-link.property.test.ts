import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { encodeScenarioParam, parseScenario } from '@/lib/model'
import { editText, textEdit } from '@/lib/model/testing/arbitrary-mutation'
import { presetScenario } from '@/data/presets/testing/arbitrary-scenario'
import { expectClearMessage } from '@/lib/model/testing/clear-outcome'
import { DEFAULT_PRESET_ID } from '@/components/store/initial-state'
import { initialStateFromLink } from './initial-state-from-link'

const param = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.tuple(presetScenario, textEdit).map(([s, e]) => editText(encodeScenarioParam(s), e)),
)
const params = fc.record({ s: fc.option(param), preset: fc.option(fc.oneof(param, fc.constantFrom(...PRESETS.map((p) => p.id)))), tab: fc.option(param) }, { requiredKeys: [] })

describe('initialStateFromLink: any link opens valid work, or the default preset and a reason', () => {
  it('never throws, and explains every link it could not open', () => {
    fc.assert(
      fc.property(params, (search) => {
        const { initial } = initialStateFromLink(search as Record<string, string | string[] | undefined>)
        expect(parseScenario(initial.scenario).ok).toBe(true)
        if (initial.notice) {
          expect(initial.notice.kind).toBe('error')
          expectClearMessage(initial.notice.text)
          expect(initial.presetId).toBe(DEFAULT_PRESET_ID)
        }
      }),
      { numRuns: 200 },
    )
  })
})
