import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { nameInLanguage } from './say-presets'

describe('nameInLanguage', () => {
  it("says every preset's own name in Korean and leaves English as the preset writes it", () => {
    for (const preset of PRESETS) {
      expect(nameInLanguage('en', preset.scenario.config.name)).toBe(preset.scenario.config.name)
      expect(nameInLanguage('ko', preset.scenario.config.name), preset.id).not.toBe(preset.scenario.config.name)
    }
    expect(nameInLanguage('ko', 'Standard web')).toBe('표준 웹')
  })

  it("keeps a name its author gave, in every language", () => {
    expect(nameInLanguage('ko', 'Plan B (our own)')).toBe('Plan B (our own)')
  })
})
