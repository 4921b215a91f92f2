import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { encodeScenarioParam } from '@/lib/model'
import { DEFAULT_PRESET_IDS, MAX_SNAPSHOTS_READ, compareHref, readSelection, snapshotIdsIn, snapshotLink, stateOf, type SnapshotRead } from './read-selection'

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

  it('takes snapshot ids after the scenario links, with what the page read for each; a missing one is a notice', () => {
    const stored = structuredClone(findPreset('standard-web')!.scenario)
    stored.config.name = 'Stored plan'
    const [a, b, c] = ['A', 'B', 'C'].map((x) => x.repeat(43))
    const reads = new Map<string, SnapshotRead>([
      [a!, { status: 'ok', scenario: stored }],
      [b!, { status: 'not-found' }],
      [c!, { status: 'unavailable' }],
    ])
    const selection = readSelection({ presets: 'swiftlogix', s: encodeScenarioParam(findPreset('mau-1m')!.scenario), snap: [a!, b!, c!, a!] }, 'en', reads)
    expect(selection.items.map((i) => [i.id, i.name])).toEqual([
      ['swiftlogix', findPreset('swiftlogix')!.title],
      ['link-1', findPreset('mau-1m')!.scenario.config.name],
      ['link-2', 'Stored plan'],
    ])
    expect(selection.items[2]!.source).toEqual({ kind: 'link', param: snapshotLink(a!), position: 2 })
    expect(selection.notices).toEqual([
      { kind: 'missing-snapshot', position: 3, unavailable: false },
      { kind: 'missing-snapshot', position: 4, unavailable: true },
    ])
  })

  it('looks up at most eight distinct snapshot ids, and reads an id the page did not look up as not found', () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(i).padStart(43, 'x'))
    expect(snapshotIdsIn({ snap: [...ids, ids[0]!] })).toEqual(ids.slice(0, MAX_SNAPSHOTS_READ))
    expect(readSelection({ snap: ids[0] }).notices[0]).toEqual({ kind: 'missing-snapshot', position: 1, unavailable: false })
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

  it('writes snapshot links as snap= after the encoded ones, and reads them back the same', () => {
    const link = encodeScenarioParam(findPreset('standard-web')!.scenario)
    const stored = snapshotLink('S'.repeat(43))
    const href = compareHref({ presetIds: ['swiftlogix'], links: [stored, link], locale: 'en', diffMode: 'consecutive' })
    expect(href).toBe(`/compare?presets=swiftlogix&s=${link}&snap=${'S'.repeat(43)}&lang=en`)
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    const again = readSelection(params, 'en', new Map([['S'.repeat(43), { status: 'ok', scenario: findPreset('mau-1m')!.scenario }]]))
    expect(stateOf(again).links).toEqual([link, stored])
  })
})
