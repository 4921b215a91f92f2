import { and, eq } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { freezeScenarioFigures } from '@/lib/decisions/freeze-figures'
import { CONFIG_SCHEMA_VERSION } from '@/lib/model'
import { FROZEN_STORE, madeFromOfStoredVersion, rebuild } from '@/data/presets/testing/frozen-v1-files'
import { decisions, scenarios, scenarioVersions, shares, workspaces } from '@/server/db/schema'
import { describeOnBackends } from '@/server/db/test-backends'
import { getVersion, listDecisions, listVersions, loadSharedVersion, recordDecision, restoreVersion } from './index'

/**
 * Rows written by model version 1 (lib/model/migrations/fixtures/v1/workspace-store.json, frozen
 * before version 2) keep opening through every repository read: versions, restore, share links
 * and decisions, as the designs they were made from. The rows themselves are never rewritten.
 */
const date = (iso: string) => new Date(iso)
const plan = FROZEN_STORE.scenarios.find((s) => s.name === 'SwiftLogix plan')!
const seoul = FROZEN_STORE.scenarios.find((s) => s.name === 'Seoul final')!
const expectedOf = (scenarioId: string, version: number) => rebuild(madeFromOfStoredVersion(FROZEN_STORE.scenarios.find((s) => s.id === scenarioId)!.name, version))

describeOnBackends('frozen model version 1 workspace rows', (db) => {
  it('load into a store of today\'s tables as they were written', async () => {
    await db().insert(workspaces).values(FROZEN_STORE.workspaces.map((w) => ({ ...w, createdAt: date(w.createdAt), updatedAt: date(w.updatedAt) })))
    await db().insert(scenarios).values(FROZEN_STORE.scenarios.map((s) => ({ ...s, createdAt: date(s.createdAt), updatedAt: date(s.updatedAt) })))
    await db().insert(scenarioVersions).values(FROZEN_STORE.scenario_versions.map((v) => ({ ...v, source: v.source as 'create', createdAt: date(v.createdAt) })))
    await db().insert(decisions).values(FROZEN_STORE.decisions.map((d) => ({ ...d, decidedAt: date(d.decidedAt) })))
    await db().insert(shares).values(FROZEN_STORE.shares.map((s) => ({ ...s, createdAt: date(s.createdAt) })))
    expect((await listVersions(plan.id, db()))?.map((v) => [v.version, v.schemaVersion])).toEqual([[2, 1], [1, 1]])
  })

  it('open every stored version as the design it was made from', async () => {
    for (const stored of FROZEN_STORE.scenario_versions) {
      const record = await getVersion(stored.scenarioId, stored.version, db())
      expect(record, `${stored.scenarioId} v${stored.version}`).toMatchObject({ ok: true, schemaVersion: 1, scenario: expectedOf(stored.scenarioId, stored.version) })
    }
  })

  it('restore a version 1 row as a new current-version row and leave the old row as it was', async () => {
    const restored = await restoreVersion(plan.id, 1, db())
    expect(restored).toEqual({ scenarioId: plan.id, version: 3, restoredFrom: 1 })
    const copy = await getVersion(plan.id, 3, db())
    expect(copy).toMatchObject({ ok: true, schemaVersion: CONFIG_SCHEMA_VERSION, scenario: expectedOf(plan.id, 1) })
    const [old] = await db().select().from(scenarioVersions).where(and(eq(scenarioVersions.scenarioId, plan.id), eq(scenarioVersions.version, 1)))
    expect(old).toMatchObject({ schemaVersion: 1, payload: FROZEN_STORE.scenario_versions.find((v) => v.scenarioId === plan.id && v.version === 1)!.payload })
  })

  it('open a share link to a version 1 row', async () => {
    const share = FROZEN_STORE.shares[0]!
    expect(await loadSharedVersion(share.id, db())).toEqual({ scenario: expectedOf(share.scenarioId, share.version), name: plan.name, version: share.version, workspaceName: FROZEN_STORE.workspaces[0]!.name })
  })

  it('list the decision recorded over version 1 rows, whose options still open', async () => {
    const log = await listDecisions(plan.workspaceId, db())
    expect(log.problems).toEqual([])
    expect(log.decisions.map((d) => d.title)).toEqual(['Edited SwiftLogix over Seoul final'])
    for (const option of log.decisions[0]!.options) expect((await getVersion(option.scenarioId, option.version, db()))?.ok).toBe(true)
  })

  it('price version 1 rows for a new decision with the figures of the designs they were made from', async () => {
    const decision = await recordDecision(plan.workspaceId, {
      title: 'Again, with today\'s prices',
      context: '',
      options: [
        { scenarioId: plan.id, version: 2, name: 'Edited' },
        { scenarioId: seoul.id, version: 1, name: 'Seoul' },
      ],
      chosenScenarioId: plan.id,
      consequences: '',
    }, db())
    expect(decision.options.map((o) => o.figures)).toEqual([freezeScenarioFigures(expectedOf(plan.id, 2)), freezeScenarioFigures(expectedOf(seoul.id, 1))])
  })
})
