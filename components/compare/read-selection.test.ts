import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam } from '@/lib/model'
import { DEFAULT_PRESET_IDS, compareHref, readSelection, stateOf } from './read-selection'

const SEOUL = 'swiftlogix-seoul-plan1,swiftlogix-seoul-plan2,swiftlogix-seoul-plan3,swiftlogix-seoul-final'

describe('readSelection', () => {
  it('reads the four Seoul plans from ?presets= in the order given', () => {
    const selection = readSelection({ presets: SEOUL })
    expect(selection.items.map((i) => i.id)).toEqual(SEOUL.split(','))
    expect(selection.notices).toEqual([])
    expect(selection.locale).toBe('en')
    expect(selection.diffMode).toBe('consecutive')
  })

  it('shows seed 001\'s comparison when the URL names no plan', () => {
    const selection = readSelection({})
    expect(selection.defaulted).toBe(true)
    expect(selection.items.map((i) => i.id)).toEqual([...DEFAULT_PRESET_IDS])
  })

  it('takes scenario links after the presets, named by their config', () => {
    const edited = structuredClone(findPreset('swiftlogix')!.scenario)
    edited.config.name = 'My edited plan'
    const selection = readSelection({ presets: 'swiftlogix', s: [encodeScenarioParam(edited)] })
    expect(selection.items.map((i) => [i.id, i.name])).toEqual([
      ['swiftlogix', findPreset('swiftlogix')!.title],
      ['link-1', 'My edited plan'],
    ])
  })

  it('turns unknown presets, unreadable links and repeats into notices instead of failing', () => {
    const selection = readSelection({ presets: 'swiftlogix,nope,swiftlogix', s: ['not-a-scenario', encodeScenarioParam(findPreset('mau-1m')!.scenario)] })
    expect(selection.items.map((i) => i.id)).toEqual(['swiftlogix', 'link-2'])
    expect(selection.notices).toEqual([
      { kind: 'unknown-preset', id: 'nope' },
      { kind: 'duplicate', name: findPreset('swiftlogix')!.title },
      { kind: 'bad-link', position: 1, path: null, message: 'is not an ArchDeck scenario link (it could not be decoded)' },
    ])
  })

  it('reports a link that decodes but is not a valid scenario, with the field', () => {
    const broken = structuredClone(findPreset('swiftlogix')!.scenario) as any
    broken.config.network.azCount = 9
    const selection = readSelection({ presets: SEOUL, s: encodeScenarioParam(broken) })
    expect(selection.notices[0]).toMatchObject({ kind: 'bad-link', position: 1 })
    expect((selection.notices[0] as { path: string }).path).toMatch(/^config\.network\.azCount/)
  })

  it('keeps at most four plans and asks for a second one when only one is given', () => {
    const many = readSelection({ presets: `${SEOUL},swiftlogix` })
    expect(many.items).toHaveLength(4)
    expect(many.notices).toEqual([{ kind: 'too-many' }])
    const one = readSelection({ presets: 'swiftlogix' })
    expect(one.items).toHaveLength(1)
    expect(one.notices).toEqual([{ kind: 'too-few' }])
  })

  it('reads ?lang= and ?diff=, falling back to the saved language', () => {
    expect(readSelection({ lang: 'ko' }).locale).toBe('ko')
    expect(readSelection({ lang: 'fr' }, 'ko').locale).toBe('ko')
    expect(readSelection({}, 'ko').locale).toBe('ko')
    expect(readSelection({ diff: 'first' }).diffMode).toBe('first')
  })
})

describe('compareHref', () => {
  it('writes a URL that reads back as the same selection', () => {
    const link = encodeScenarioParam(findPreset('standard-web')!.scenario)
    const href = compareHref({ presetIds: ['swiftlogix-seoul-plan1', 'swiftlogix'], links: [link], locale: 'ko', diffMode: 'first' })
    expect(href).toMatch(/^\/compare\?presets=swiftlogix-seoul-plan1,swiftlogix&s=.+&lang=ko&diff=first$/)
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    const again = readSelection(params)
    expect(stateOf(again)).toEqual({ presetIds: ['swiftlogix-seoul-plan1', 'swiftlogix'], links: [link], locale: 'ko', diffMode: 'first' })
  })
})
