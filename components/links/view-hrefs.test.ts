import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { findPreset } from '@/data/presets'
import { readSelection } from '@/components/compare/read-selection'
import { overLimitLink } from '@/components/pseudo-locale/over-limit-link'
import { encodeScenarioParam, MAX_URL_CHARS, setTasksPerService } from '@/lib/model'
import { compareHrefFor, needsSnapshot, presentHref } from './view-hrefs'

const ID = 'S'.repeat(43)
const SAVED = ['A', 'B', 'C', 'D'].map((x) => x.repeat(43))
const large = `?s=${encodeScenarioParam(buildLargeScenario(200))}&tab=finance`
const seed = findPreset('swiftlogix')!.scenario
const edited = `?s=${encodeScenarioParam({ ...seed, config: setTasksPerService(seed.config, 4) })}`

/** The plans a compare href opens, as the page reads them (snapshots found). */
function plansOf(href: string) {
  const params: Record<string, string[]> = {}
  for (const [key, value] of new URL(href, 'http://x').searchParams) (params[key] ??= []).push(value)
  const found = new Map(params.snap?.map((id) => [id, { status: 'ok' as const, scenario: seed }]))
  return readSelection(params, 'en', found).items.map((i) => (i.source.kind === 'preset' ? i.source.presetId : i.source.param.slice(0, 10)))
}

describe('presentHref', () => {
  it('carries a short design in the link, as the dashboard search has it', () => {
    expect(presentHref('?preset=swiftlogix', undefined)).toBe('/present?preset=swiftlogix')
    expect(presentHref(edited, undefined)).toBe(`/present${edited}`)
  })

  it('names the 200-service design by its snapshot, and has no address until the id is known', () => {
    expect(needsSnapshot(large)).toBe(true)
    expect(presentHref(large, undefined)).toBeNull()
    expect(presentHref(large, ID)).toBe(`/present?snap=${ID}`)
  })
})

describe('compareHrefFor', () => {
  const work = { presetId: 'swiftlogix', snapshotId: undefined, savedSnapshotIds: [], locale: 'en' as const }

  it('never opens one plan: an untouched preset with the seed design, the seed design with the Seoul final plan', () => {
    expect(compareHrefFor({ ...work, search: '?preset=mau-1m', presetId: 'mau-1m' })).toBe('/compare?presets=mau-1m,swiftlogix&lang=en')
    expect(compareHrefFor({ ...work, search: '?preset=swiftlogix' })).toBe('/compare?presets=swiftlogix,swiftlogix-seoul-final&lang=en')
  })

  it('compares an edited plan with the preset it started from, an imported one with the seed design', () => {
    expect(plansOf(compareHrefFor({ ...work, search: edited, presetId: 'mau-1m' })!)).toEqual(['mau-1m', edited.slice(3, 13)])
    expect(plansOf(compareHrefFor({ ...work, search: edited, presetId: null })!)).toEqual(['swiftlogix', edited.slice(3, 13)])
  })

  it('compares with the plans saved in the workspace instead, three at most', () => {
    const href = compareHrefFor({ ...work, search: '?preset=swiftlogix', savedSnapshotIds: SAVED })!
    expect(href).toBe(`/compare?presets=swiftlogix&snap=${SAVED[0]}&snap=${SAVED[1]}&snap=${SAVED[2]}&lang=en`)
    expect(plansOf(href)).toHaveLength(4)
  })

  it('names the 200-service design by its snapshot, first among the stored plans', () => {
    expect(compareHrefFor({ ...work, search: large, presetId: null })).toBeNull()
    expect(plansOf(compareHrefFor({ ...work, search: large, presetId: null, snapshotId: ID })!)).toEqual(['swiftlogix', `snap:${'S'.repeat(5)}`])
    expect(plansOf(compareHrefFor({ ...work, search: large, snapshotId: ID, savedSnapshotIds: SAVED.slice(0, 1) })!)).toEqual([`snap:${'S'.repeat(5)}`, `snap:${'A'.repeat(5)}`])
  })
})

describe('every link the app builds for a design', () => {
  it('stays under 8,000 characters for the 200-service design and for designs just under and over the threshold', () => {
    const hrefs: string[] = []
    for (const search of [large, edited, `?s=${'e'.repeat(7_499)}`, `?s=${'e'.repeat(7_501)}`, `?s=${'e'.repeat(7_990)}&tab=finance`]) {
      for (const savedSnapshotIds of [[], SAVED]) {
        hrefs.push(presentHref(search, ID)!, compareHrefFor({ search, presetId: 'swiftlogix-seoul-plan1', snapshotId: ID, savedSnapshotIds, locale: 'ko' })!)
      }
    }
    hrefs.push(`/present?s=${overLimitLink()}`, `/compare?presets=swiftlogix&s=${overLimitLink()}`)
    expect(hrefs.filter((h) => h.length >= MAX_URL_CHARS).map((h) => h.length)).toEqual([])
  })
})
