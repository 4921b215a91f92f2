import { describe, expect, it } from 'vitest'
import { wordsIn } from '@/lib/i18n/catalog/words-in'
import { sayWorkspace } from '@/lib/i18n/catalog/say-workspace'
import { ApiError } from './api-client'
import { describeProblem } from './describe-problem'

const words = (locale: 'en' | 'ko') => wordsIn('workspace', sayWorkspace, locale)

describe('describeProblem', () => {
  it("words the server's refusal from its code in the reader's language, keeping the server's English in English", () => {
    const taken = new ApiError(409, 'This workspace already has a scenario named "Plan B"; pick another name.', [], null, true, { code: 'server.name-taken', params: { name: 'Plan B' } })
    expect(describeProblem(words('en'), 'en', taken)).toBe(taken.message)
    expect(describeProblem(words('ko'), 'ko', taken)).toBe('이 워크스페이스에는 이미 같은 이름의 시나리오("Plan B")가 있습니다. 다른 이름을 고르세요.')
  })

  it('words a refused input again from its field errors, each from its own code', () => {
    const refused = new ApiError(
      400,
      'The scenario is not valid: scenario.config.services[0].count.max: must be at most 500',
      [{ path: 'scenario.config.services[0].count.max', message: 'must be at most 500', reason: { code: 'model.too-big', params: { maximum: 500 } } } as never],
      null,
      true,
      { code: 'server.invalid', params: { what: 'scenario', summary: 'scenario.config.services[0].count.max: must be at most 500' } },
    )
    const korean = describeProblem(words('ko'), 'ko', refused)
    expect(korean).toMatch(/^시나리오가 올바르지 않습니다: scenario\.config\.services\[0\]\.count\.max: /)
    expect(korean).not.toContain('must be')
  })

  it("falls back to the server's sentence for a code this build does not know, and to the panel's own words without one", () => {
    const newer = new ApiError(400, 'Something new.', [], null, true, { code: 'server.from-the-future', params: {} } as never)
    expect(describeProblem(words('ko'), 'ko', newer)).toBe('Something new.')
    expect(describeProblem(words('en'), 'en', new ApiError(0, '', [], null, false))).toBe(words('en')('unreachable'))
  })
})
