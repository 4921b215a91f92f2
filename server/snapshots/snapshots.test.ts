import { expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { CONFIG_SCHEMA_VERSION, setTasksPerService, type Scenario } from '@/lib/model'
import { buildLargeScenario } from '@/bench/large-config'
import { describeOnBackends } from '@/server/db/test-backends'
import { refusal } from '@/server/workspaces/testing/refusal'
import { openSnapshot, readSnapshot, SNAPSHOT_ID, storeSnapshot } from './index'
import { canonicalJson } from './snapshot-id'
import { snapshots } from './snapshot-table'

const base: Scenario = findPreset('swiftlogix')!.scenario

/** The same design with its fields in reverse order: equal content, different JSON text. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
}

it('writes JSON with sorted keys, arrays in their order', () => {
  expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 1] })).toBe('{"a":[{"c":3,"d":2},1],"b":1}')
})

describeOnBackends('snapshot storage', (db) => {
  it('gives a design one id whatever the order of its fields, and stores it once', async () => {
    const first = await storeSnapshot(base, db())
    const again = await storeSnapshot(reversed(base), db())
    expect(first.id).toMatch(SNAPSHOT_ID)
    expect(again.id).toBe(first.id)
    const rows = await db().select().from(snapshots)
    expect(rows.filter((r) => r.id === first.id)).toHaveLength(1)
    expect(rows.find((r) => r.id === first.id)!.schemaVersion).toBe(CONFIG_SCHEMA_VERSION)
  })

  it('gives a changed design another id and keeps the first as it was', async () => {
    const first = await storeSnapshot(base, db())
    const edited = { ...base, config: setTasksPerService(base.config, 5) }
    const second = await storeSnapshot(edited, db())
    expect(second.id).not.toBe(first.id)
    const read = await readSnapshot(first.id, db())
    expect(read.status === 'ok' && read.scenario).toEqual(base)
    const readEdited = await readSnapshot(second.id, db())
    expect(readEdited.status === 'ok' && readEdited.scenario.config.services[0]!.count).toEqual(edited.config.services[0]!.count)
  })

  it('stores and reads the 200-service design', async () => {
    const large = buildLargeScenario(200)
    const { id } = await storeSnapshot(large, db())
    const read = await readSnapshot(id, db())
    expect(read.status === 'ok' && read.scenario.config.services).toHaveLength(200)
  })

  it('refuses a broken design and one over the evaluation limits with field errors, storing nothing', async () => {
    const before = (await db().select().from(snapshots)).length
    const broken = await refusal(storeSnapshot({ ...base, config: { ...base.config, network: { ...base.config.network, azCount: 9 } } }, db()))
    expect(broken.code).toBe('invalid')
    expect(broken.fieldErrors[0]!.path).toBe('scenario.config.network.azCount')
    const over = structuredClone(base)
    over.config.services[0]!.scaling = { ...over.config.services[0]!.scaling, policy: 'none', scheduledPeakCount: 2e9 }
    const refused = await refusal(storeSnapshot(over, db()))
    expect(refused.code).toBe('invalid')
    expect(refused.fieldErrors.map((e) => e.path)).toContain('scenario.config.services[0].scaling.scheduledPeakCount')
    expect(await refusal(storeSnapshot(undefined, db()))).toMatchObject({ code: 'invalid' })
    expect((await db().select().from(snapshots)).length).toBe(before)
  })

  it('answers not-found for an unknown id and for text no id could be, without a query', async () => {
    expect(await readSnapshot('A'.repeat(43), db())).toEqual({ status: 'not-found' })
    expect(await readSnapshot("x' OR 1=1 --", db())).toEqual({ status: 'not-found' })
    expect(await openSnapshot('B'.repeat(43), db())).toEqual({ status: 'not-found' })
  })

  it('reads a stored row that no longer fits the model as not found on a page', async () => {
    const id = 'C'.repeat(43)
    await db().insert(snapshots).values({ id, schemaVersion: CONFIG_SCHEMA_VERSION, payload: { config: 'nonsense' } })
    expect((await readSnapshot(id, db())).status).toBe('unreadable')
    expect(await openSnapshot(id, db())).toEqual({ status: 'not-found' })
  })
})
