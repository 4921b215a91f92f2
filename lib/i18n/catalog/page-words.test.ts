import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { pages as enPages } from './en/pages'
import { presets as enPresets } from './en/presets'
import { signIn as enSignIn } from './en/sign-in'
import { workspace as enWorkspace } from './en/workspace'
import { pages as koPages } from './ko/pages'
import { presets as koPresets } from './ko/presets'
import { signIn as koSignIn } from './ko/sign-in'
import { workspace as koWorkspace } from './ko/workspace'
import { presetTitle, scenarioName } from './say-presets'
import { englishLeftIn } from './testing/english-left-in'

type Catalog = Record<string, (params: never) => string>

/** Sample values for every variable these namespaces take; they are set aside when looking for English. */
const SAMPLE = {
  name: 'Plan B', workspace: 'Seoul move', message: 'boom', scenarioName: 'Plan B', savedName: 'Plan B (copy)',
  version: 3, from: 2, latestVersion: 4, yourVersion: 3, savedVersion: 5, number: 7, status: 'accepted', basedOn: 2, source: 'restore',
  at: '2026-11-24T11:57:00.000Z', now: '2026-11-24T12:00:00.000Z', date: '2026-11-24T11:57:00.000Z',
}
const VALUES = Object.values(SAMPLE).map(String)

const NAMESPACES: [string, Catalog, Catalog][] = [
  ['workspace', enWorkspace, koWorkspace],
  ['sign-in', enSignIn, koSignIn],
  ['pages', enPages, koPages],
  ['presets', enPresets, koPresets],
]

describe('the page namespaces in Korean', () => {
  it.each(NAMESPACES)('words every %s code in Korean with no English left but AWS names and notation', (_, en, ko) => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
    for (const [code, message] of Object.entries(ko)) {
      const korean = message(SAMPLE as never)
      // A message of names and notation only (a tab title) reads the same in both languages.
      if (englishLeftIn(en[code]!(SAMPLE as never), VALUES).length > 0) expect(korean, code).toMatch(/[\uac00-\ud7a3]/)
      expect(englishLeftIn(korean, VALUES), `${code}: ${korean}`).toEqual([])
    }
  })
})

describe('preset names', () => {
  it('has both names of every preset, in English exactly as the preset files write them', () => {
    const ids = PRESETS.map((p) => p.id).sort()
    expect(Object.keys(enPresets).filter((c) => c.startsWith('presets.title.')).map((c) => c.slice('presets.title.'.length)).sort()).toEqual(ids)
    for (const preset of PRESETS) {
      expect(presetTitle('en', preset)).toBe(preset.title)
      expect(scenarioName('en', preset.id, preset.scenario.config.name)).toBe(preset.scenario.config.name)
      expect(presetTitle('ko', preset)).not.toBe(preset.title)
    }
  })

  it('keeps the name of imported, renamed or unknown work as its author wrote it', () => {
    expect(scenarioName('ko', 'standard-web', 'Standard web')).toBe('표준 웹')
    expect(scenarioName('ko', 'standard-web', 'Our web')).toBe('Our web')
    expect(scenarioName('ko', null, 'Standard web')).toBe('Standard web')
    expect(presetTitle('ko', { id: 'not-a-preset', title: 'Mine' })).toBe('Mine')
  })
})
