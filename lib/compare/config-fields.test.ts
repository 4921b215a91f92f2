import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import type { Scenario } from '../model'
import { SCENARIO_FIELDS, SERVICE_FIELDS } from './config-fields'
import { valueAt } from './config-paths'

const presets = PRESETS.map((p) => p.scenario)
/** Each preset, and each without its cache and without its bastion, so present/absent pairs occur. */
const plans: Scenario[] = presets.flatMap((s) => {
  const noCache = structuredClone(s)
  delete noCache.config.cache
  const noBastion = structuredClone(s)
  delete noBastion.config.adminAccess.bastion
  return [s, noCache, noBastion]
})
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

describe('the settings a comparison names', () => {
  it('makes the first plan read like the second once a setting is applied, for every pair of plans', () => {
    let checked = 0
    for (const a of plans)
      for (const b of plans) {
        for (const field of SCENARIO_FIELDS) {
          if (!(field.applies?.(a, b) ?? true) || same(field.read(a), field.read(b))) continue
          const applied = structuredClone(a)
          field.apply(applied, b)
          expect(field.read(applied), `${field.path} applied`).toEqual(field.read(b))
          expect(field.show(applied), `${field.path} shown`).toEqual(field.show(b))
          checked += 1
        }
      }
    expect(checked).toBeGreaterThan(100)
  })

  it('does the same for each service setting the two plans share', () => {
    const services = plans.flatMap((s) => s.config.services)
    let checked = 0
    for (const a of services)
      for (const b of services)
        for (const field of SERVICE_FIELDS) {
          if (!field.applies(a, b) || same(field.read(a), field.read(b))) continue
          const applied = structuredClone(a)
          field.apply(applied, b)
          expect(field.read(applied), field.key).toEqual(field.read(b))
          checked += 1
        }
    expect(checked).toBeGreaterThan(20)
  })

  it('names each setting by the path it reads', () => {
    const base = presets[0]!
    expect(SCENARIO_FIELDS.map((f) => f.path)).toContain('config.database.multiAz')
    expect(valueAt(base, ['config', 'database', 'multiAz'])).toBe(base.config.database.multiAz)
    // @ts-expect-error a path the scenario does not have fails the type check
    expect(valueAt(base, ['config', 'databse', 'multiAz'])).toBeUndefined()
  })
})
