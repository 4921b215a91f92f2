import { and, eq } from 'drizzle-orm'
import { expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { CONFIG_SCHEMA_VERSION, setDbMultiAz, setTasksPerService, type Scenario } from '@/lib/model'
import { freezeFigures } from '@/lib/decisions/freeze-figures'
import { evaluateScenario } from '@/lib/evaluate'
import type { DecisionInput } from '@/lib/decisions/types'
import { scenarios, scenarioVersions, decisions as decisionsTable } from '@/server/db/schema'
import { describeOnBackends } from '@/server/db/test-backends'
import {
  createScenario,
  createShare,
  createWorkspace,
  describeSharedVersion,
  getVersion,
  getWorkspace,
  listDecisions,
  listVersions,
  listWorkspaces,
  loadSharedVersion,
  recordDecision,
  renameWorkspace,
  restoreVersion,
  saveScenarioVersion,
  type RepositoryError,
} from './index'
import { refusal } from './testing/refusal'

const plan = (id: string): Scenario => findPreset(id)!.scenario
const base = plan('swiftlogix')
const withTasks = (n: number) => ({ ...base, config: setTasksPerService(base.config, n) })


describeOnBackends('workspace storage', (db) => {
  it('creates, lists, gets and renames workspaces', async () => {
    const a = await createWorkspace('  SwiftLogix Seoul  ', db())
    await createWorkspace('Pet clinic', db())
    expect(a.name).toBe('SwiftLogix Seoul')
    // 128 random bits: a workspace id is the key to it (docs/decisions/009).
    expect(a.id).toMatch(/^ws_[A-Za-z0-9_-]{22}$/)
    const listed = await listWorkspaces(db())
    expect(listed.map((w) => w.name)).toEqual(expect.arrayContaining(['SwiftLogix Seoul', 'Pet clinic']))
    const renamed = await renameWorkspace(a.id, 'Seoul move', db())
    expect(renamed.name).toBe('Seoul move')
    expect((await getWorkspace(a.id, db()))?.name).toBe('Seoul move')
    expect(await getWorkspace('ws_missing', db())).toBeNull()
    expect((await refusal(renameWorkspace('ws_missing', 'x', db()))).code).toBe('not_found')
    expect((await refusal(createWorkspace('   ', db()))).fieldErrors).toEqual([{ path: 'name', message: 'give the workspace a name' }])
  })

  it('stores scenarios with version 1 and lists them with their latest version', async () => {
    const ws = await createWorkspace('Plans', db())
    const p1 = await createScenario(ws.id, 'Plan 1', plan('swiftlogix-seoul-plan1'), db())
    await createScenario(ws.id, 'Plan 2', plan('swiftlogix-seoul-plan2'), db())
    expect(p1.latestVersion).toBe(1)
    const detail = await getWorkspace(ws.id, db())
    expect(detail?.scenarios.map((s) => [s.name, s.latestVersion])).toEqual([
      ['Plan 1', 1],
      ['Plan 2', 1],
    ])
    const stored = await getVersion(p1.id, 1, db())
    expect(stored?.ok && stored.scenario).toEqual(plan('swiftlogix-seoul-plan1'))
    expect((await listWorkspaces(db())).find((w) => w.id === ws.id)?.scenarioCount).toBe(2)
  })

  it('refuses a second scenario with the same name, ignoring case', async () => {
    const ws = await createWorkspace('Names', db())
    await createScenario(ws.id, 'Final', base, db())
    const error = await refusal(createScenario(ws.id, 'final', base, db()))
    expect(error.code).toBe('duplicate')
    expect(error.message).toContain('already has a scenario named "final"')
  })

  it('refuses an invalid scenario with the field paths, and stores nothing', async () => {
    const ws = await createWorkspace('Validation', db())
    const broken = { ...base, config: { ...base.config, network: { ...base.config.network, azCount: 1 } }, extra: true }
    const error = await refusal(createScenario(ws.id, 'Broken', broken, db()))
    expect(error.code).toBe('invalid')
    expect(error.fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['scenario', 'scenario.config.network.azCount']))
    expect(error.fieldErrors.find((e) => e.path === 'scenario.config.network.azCount')?.message).toBe('ALBs and RDS subnet groups need at least 2 availability zones')
    expect((await getWorkspace(ws.id, db()))?.scenarios).toEqual([])
  })

  it('numbers saved versions 2, 3, … and keeps every one', async () => {
    const ws = await createWorkspace('History', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    expect(await saveScenarioVersion(s.id, { baseVersion: 1, scenario: withTasks(3) }, db())).toEqual({ ok: true, scenarioId: s.id, version: 2 })
    expect(await saveScenarioVersion(s.id, { baseVersion: 2, scenario: withTasks(4) }, db())).toEqual({ ok: true, scenarioId: s.id, version: 3 })
    const versions = await listVersions(s.id, db())
    expect(versions?.map((v) => [v.version, v.source, v.basedOn])).toEqual([
      [3, 'save', 2],
      [2, 'save', 1],
      [1, 'create', null],
    ])
    const v2 = await getVersion(s.id, 2, db())
    expect(v2?.ok && v2.scenario.config.services[0]?.count.desired).toBe(3)
    expect(await listVersions('sc_missing', db())).toBeNull()
    expect(await getVersion(s.id, 9, db())).toBeNull()
  })

  it('restores an old version as a new latest version equal to it', async () => {
    const ws = await createWorkspace('Restore', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    await saveScenarioVersion(s.id, { baseVersion: 1, scenario: withTasks(5) }, db())
    const restored = await restoreVersion(s.id, 1, db())
    expect(restored).toEqual({ scenarioId: s.id, version: 3, restoredFrom: 1 })
    const latest = await getVersion(s.id, 3, db())
    expect(latest?.ok && latest.scenario).toEqual(base)
    expect(latest?.source).toBe('restore')
    expect((await getWorkspace(ws.id, db()))?.scenarios[0]?.latestVersion).toBe(3)
    expect((await refusal(restoreVersion(s.id, 7, db()))).code).toBe('not_found')
  })

  it('keeps both versions when two tabs save from the same base: the second goes to a conflict copy', async () => {
    const ws = await createWorkspace('Conflicts', db())
    const s = await createScenario(ws.id, 'Plan 2', base, db())
    await saveScenarioVersion(s.id, { baseVersion: 1, scenario: withTasks(3) }, db())
    await saveScenarioVersion(s.id, { baseVersion: 2, scenario: withTasks(4) }, db())
    const tabA = { ...base, config: setDbMultiAz(base.config, true) }
    const tabB = withTasks(9)
    expect(await saveScenarioVersion(s.id, { baseVersion: 3, scenario: tabA }, db())).toMatchObject({ ok: true, version: 4 })
    const second = await saveScenarioVersion(s.id, { baseVersion: 3, scenario: tabB }, db())
    if (second.ok) throw new Error('expected a conflict')
    const { conflict } = second
    expect(conflict).toMatchObject({ scenarioId: s.id, scenarioName: 'Plan 2', yourVersion: 3, latestVersion: 4, latest: tabA, latestProblem: null })
    expect(conflict.saved).toMatchObject({ name: 'Plan 2 (conflict copy)', version: 1 })
    expect(conflict.message).toBe(
      'Someone saved version 4 of "Plan 2" while you were editing version 3. Your changes were kept as "Plan 2 (conflict copy)" (version 1); "Plan 2" version 4 is unchanged.',
    )
    // Nothing lost: tab A's version is still the latest, tab B's work is in the copy.
    const original = await getVersion(s.id, 4, db())
    expect(original?.ok && original.scenario).toEqual(tabA)
    const copy = await getVersion(conflict.saved.scenarioId, 1, db())
    expect(copy?.ok && copy.scenario).toEqual(tabB)
    expect(copy?.source).toBe('conflict-copy')
    const detail = await getWorkspace(ws.id, db())
    expect(detail?.scenarios.map((x) => [x.name, x.latestVersion, x.copiedFromId])).toEqual([
      ['Plan 2', 4, null],
      ['Plan 2 (conflict copy)', 1, s.id],
    ])
    // A third stale save gets its own copy instead of nesting names.
    const third = await saveScenarioVersion(s.id, { baseVersion: 2, scenario: base }, db())
    expect(!third.ok && third.conflict.saved.name).toBe('Plan 2 (conflict copy 2)')
  })

  it('lets exactly one of two simultaneous saves from the same base win, and keeps the other as a copy', async () => {
    const ws = await createWorkspace('Race', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    const results = await Promise.all([withTasks(2), withTasks(3)].map((scenario) => saveScenarioVersion(s.id, { baseVersion: 1, scenario }, db())))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = results.find((r) => !r.ok)
    expect(!lost?.ok && lost?.conflict.saved.name).toBe('Plan (conflict copy)')
    const numbers = await Promise.all([1, 2, 3].map(async () => (await listVersions(s.id, db()))?.length))
    expect(numbers).toEqual([2, 2, 2])
  })

  it('answers a retried save (same clientSaveId) with the first answer instead of saving twice', async () => {
    const ws = await createWorkspace('Retries', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    const attempt = { baseVersion: 1, scenario: withTasks(3), clientSaveId: 'save-attempt-0001' }
    expect(await saveScenarioVersion(s.id, attempt, db())).toMatchObject({ ok: true, version: 2 })
    expect(await saveScenarioVersion(s.id, attempt, db())).toMatchObject({ ok: true, version: 2 })
    const stale = { baseVersion: 1, scenario: withTasks(6), clientSaveId: 'save-attempt-0002' }
    const first = await saveScenarioVersion(s.id, stale, db())
    const retried = await saveScenarioVersion(s.id, stale, db())
    expect(retried).toEqual(first)
    expect((await getWorkspace(ws.id, db()))?.scenarios).toHaveLength(2)
  })

  it('refuses a save of an invalid scenario or from a version that does not exist yet', async () => {
    const ws = await createWorkspace('Bad saves', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    const invalid = await refusal(saveScenarioVersion(s.id, { baseVersion: 1, scenario: { ...base, requirements: { ...base.requirements, budget: { ...base.requirements.budget, monthly: -1 } } } }, db()))
    expect(invalid.fieldErrors).toMatchObject([{ path: 'scenario.requirements.budget.monthly', message: 'must be at least 0' }])
    const future = await refusal(saveScenarioVersion(s.id, { baseVersion: 5, scenario: base }, db()))
    expect(future.fieldErrors[0]?.path).toBe('baseVersion')
    expect((await refusal(saveScenarioVersion('sc_missing', { baseVersion: 1, scenario: base }, db()))).code).toBe('not_found')
    expect((await listVersions(s.id, db()))?.length).toBe(1)
  })

  it('reports a stored version from an unknown old model version instead of throwing', async () => {
    const ws = await createWorkspace('Old data', db())
    const s = await createScenario(ws.id, 'Legacy', base, db())
    await db().insert(scenarioVersions).values({ scenarioId: s.id, version: 2, schemaVersion: 0, payload: { nodes: [] }, source: 'save', basedOn: 1 })
    await db().update(scenarios).set({ latestVersion: 2 }).where(eq(scenarios.id, s.id))
    const old = await getVersion(s.id, 2, db())
    expect(old?.ok).toBe(false)
    expect(!old?.ok && old?.problem.message).toBe(`Stored version 2 of "Legacy" comes from model version 0, which this ArchDeck cannot read (it reads model versions 1 to ${CONFIG_SCHEMA_VERSION}).`)
    // It cannot be restored or shared as a working scenario, and says so.
    const restore = await refusal(restoreVersion(s.id, 2, db()))
    expect(restore.code).toBe('unreadable')
    // A save against it still works: the new version is valid.
    expect(await saveScenarioVersion(s.id, { baseVersion: 2, scenario: base }, db())).toMatchObject({ ok: true, version: 3 })
  })

  it('reports a stored version that no longer fits the model, with field paths', async () => {
    const ws = await createWorkspace('Broken data', db())
    const s = await createScenario(ws.id, 'Plan 2', base, db())
    const { region: _dropped, ...configWithoutRegion } = base.config
    await db()
      .update(scenarioVersions)
      .set({ payload: { ...base, config: configWithoutRegion } })
      .where(and(eq(scenarioVersions.scenarioId, s.id), eq(scenarioVersions.version, 1)))
    const broken = await getVersion(s.id, 1, db())
    if (!broken || broken.ok) throw new Error('expected a reported problem')
    expect(broken.problem.message).toMatch(/^Stored version 1 of "Plan 2" does not fit the current model: config\.region: is required/)
    expect(broken.problem.errors[0]?.path).toBe('config.region')
    // A stale save against a broken latest still keeps the user's work and says what is wrong with the latest.
    await saveScenarioVersion(s.id, { baseVersion: 1, scenario: base }, db())
    await db().update(scenarioVersions).set({ payload: { broken: true } }).where(and(eq(scenarioVersions.scenarioId, s.id), eq(scenarioVersions.version, 2)))
    const stale = await saveScenarioVersion(s.id, { baseVersion: 1, scenario: withTasks(2) }, db())
    if (stale.ok) throw new Error('expected a conflict')
    expect(stale.conflict.latest).toBeNull()
    expect(stale.conflict.latestProblem?.message).toMatch(/^Stored version 2 of "Plan 2" does not fit the current model: /)
    const kept = await getVersion(stale.conflict.saved.scenarioId, 1, db())
    expect(kept?.ok && kept.scenario).toEqual(withTasks(2))
  })

  it('reports a version saved by a newer ArchDeck', async () => {
    const ws = await createWorkspace('Future data', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    await db().update(scenarioVersions).set({ schemaVersion: 99 }).where(eq(scenarioVersions.scenarioId, s.id))
    const future = await getVersion(s.id, 1, db())
    expect(!future?.ok && future?.problem.message).toContain(`was saved by a newer ArchDeck (model version 99; this one reads up to ${CONFIG_SCHEMA_VERSION})`)
  })

  it('makes share ids of at least 22 unguessable characters and loads the shared version', async () => {
    const ws = await createWorkspace('Sharing', db())
    const s = await createScenario(ws.id, 'Final', plan('swiftlogix-seoul-final'), db())
    await saveScenarioVersion(s.id, { baseVersion: 1, scenario: base }, db())
    const one = await createShare(ws.id, s.id, 1, db())
    const two = await createShare(ws.id, s.id, 1, db())
    expect(one.id).toMatch(/^[A-Za-z0-9_-]{22,}$/)
    expect(one.id).not.toBe(two.id)
    expect(one.path).toBe(`/s/${one.id}`)
    expect(await loadSharedVersion(one.id, db())).toEqual({ scenario: plan('swiftlogix-seoul-final'), name: 'Final', version: 1, workspaceName: 'Sharing' })
    expect(await loadSharedVersion('AAAAAAAAAAAAAAAAAAAAAA', db())).toBeNull()
    expect(await loadSharedVersion('../../etc/passwd', db())).toBeNull()
    expect((await refusal(createShare(ws.id, s.id, 5, db()))).code).toBe('not_found')
  })

  it('shares a scenario only through the workspace it belongs to, and a shared version names no id', async () => {
    const ws = await createWorkspace('Owner', db())
    const other = await createWorkspace('Someone else', db())
    const s = await createScenario(ws.id, 'Final', plan('swiftlogix-seoul-final'), db())
    expect((await refusal(createShare(other.id, s.id, 1, db()))).code).toBe('not_found')
    const link = await createShare(ws.id, s.id, 1, db())
    // Neither the share id as a workspace id nor as a scenario id opens anything.
    expect((await refusal(createShare(link.id, s.id, 1, db()))).code).toBe('not_found')
    expect((await refusal(createShare(ws.id, link.id, 1, db()))).code).toBe('not_found')
    const shown = JSON.stringify(await loadSharedVersion(link.id, db()))
    expect(shown).not.toContain(ws.id)
    expect(shown).not.toContain(s.id)
    expect(shown).not.toMatch(/\b(ws|sc|dc)_[A-Za-z0-9_-]{16,}/)
  })

  it('does not open a shared version that no longer fits the model, and says why', async () => {
    const ws = await createWorkspace('Broken share', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    const share = await createShare(ws.id, s.id, 1, db())
    await db().update(scenarioVersions).set({ payload: { config: 'gone' } }).where(eq(scenarioVersions.scenarioId, s.id))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(await loadSharedVersion(share.id, db())).toBeNull()
      expect(warn).toHaveBeenCalledOnce()
    } finally {
      warn.mockRestore()
    }
    const lookup = await describeSharedVersion(share.id, db())
    expect(lookup.status === 'unreadable' && lookup.problem.message).toMatch(/^Stored version 1 of "Plan" does not fit the current model: /)
  })

  it('numbers decisions 1, 2, 3 per workspace and keeps the figures frozen with them', async () => {
    const ws = await createWorkspace('Decisions', db())
    const other = await createWorkspace('Elsewhere', db())
    const p1 = await createScenario(ws.id, 'Plan 1', plan('swiftlogix-seoul-plan1'), db())
    const fin = await createScenario(ws.id, 'Final', plan('swiftlogix-seoul-final'), db())
    const option = (id: string, name: string, scenario: Scenario) => ({ scenarioId: id, version: 1, name, figures: freezeFigures(evaluateScenario(scenario)) })
    const input: DecisionInput = {
      title: 'Run the Seoul stack with a Multi-AZ database',
      context: 'The office moves to Seoul; the CFO caps the bill at 300,000 KRW.',
      options: [option(p1.id, 'Plan 1', plan('swiftlogix-seoul-plan1')), option(fin.id, 'Final', plan('swiftlogix-seoul-final'))],
      chosenScenarioId: fin.id,
      consequences: 'Higher database cost; an AZ outage recovers by itself.',
      status: 'accepted',
    }
    const first = await recordDecision(ws.id, input, db())
    const second = await recordDecision(ws.id, { ...input, title: 'Second' }, db())
    const third = await recordDecision(ws.id, { ...input, title: 'Third', status: 'proposed' }, db())
    const elsewhere = await recordDecision(other.id, { ...input, options: [], chosenScenarioId: 'x' }, db()).catch((e: RepositoryError) => e)
    expect([first.number, second.number, third.number]).toEqual([1, 2, 3])
    expect(Number.isNaN(Date.parse(first.decidedAt))).toBe(false)
    expect((elsewhere as RepositoryError).fieldErrors[0]?.path).toBe('options')

    // Editing the scenario later does not change what the decision recorded.
    await saveScenarioVersion(fin.id, { baseVersion: 1, scenario: withTasks(12) }, db())
    const log = await listDecisions(ws.id, db())
    expect(log.problems).toEqual([])
    expect(log.decisions.map((d) => [d.number, d.title])).toEqual([
      [1, 'Run the Seoul stack with a Multi-AZ database'],
      [2, 'Second'],
      [3, 'Third'],
    ])
    expect(log.decisions[0]?.options[1]?.figures).toEqual(input.options[1]!.figures)
    expect(log.decisions[0]).toMatchObject({ workspaceId: ws.id, chosenScenarioId: fin.id, consequences: input.consequences })
    expect((await listDecisions(other.id, db())).decisions).toEqual([])
  })

  it('gives simultaneous decisions distinct numbers', async () => {
    const ws = await createWorkspace('Busy log', db())
    const s = await createScenario(ws.id, 'Only', base, db())
    const option = { scenarioId: s.id, version: 1, name: 'Only', figures: freezeFigures(evaluateScenario(base)) }
    const recorded = await Promise.all(['A', 'B', 'C', 'D'].map((title) => recordDecision(ws.id, { title, context: '', options: [option], chosenScenarioId: s.id, consequences: '' }, db())))
    expect(recorded.map((d) => d.number).sort()).toEqual([1, 2, 3, 4])
  })

  it('refuses a decision whose options are not scenarios of the workspace or whose choice is not an option', async () => {
    const ws = await createWorkspace('Bad decisions', db())
    const other = await createWorkspace('Other', db())
    const mine = await createScenario(ws.id, 'Mine', base, db())
    const theirs = await createScenario(other.id, 'Theirs', base, db())
    const figures = freezeFigures(evaluateScenario(base))
    const error = await refusal(
      recordDecision(
        ws.id,
        {
          title: 'x',
          context: '',
          options: [
            { scenarioId: mine.id, version: 4, name: 'Mine', figures },
            { scenarioId: theirs.id, version: 1, name: 'Theirs', figures },
          ],
          chosenScenarioId: 'sc_nowhere',
          consequences: '',
        },
        db(),
      ),
    )
    // Each with its code, so the panel can word it in the reader's language.
    expect(error.fieldErrors).toEqual([
      { path: 'options[0].version', message: 'does not exist yet (latest is 1)', reason: { code: 'model.version-not-yet', params: { latest: 1 } } },
      { path: 'options[1].scenarioId', message: 'is not a scenario of this workspace', reason: { code: 'model.not-in-workspace', params: {} } },
      { path: 'chosenScenarioId', message: 'must be one of the options', reason: { code: 'model.not-among-options', params: {} } },
    ])
    const empty = await refusal(recordDecision(ws.id, { title: ' ', context: '', options: [], chosenScenarioId: mine.id, consequences: '' }, db()))
    expect(empty.fieldErrors.map((e) => `${e.path}: ${e.message}`)).toEqual(['title: give the decision a title', 'options: link at least one scenario'])
    expect((await refusal(recordDecision('ws_missing', { title: 'x', context: '', options: [{ scenarioId: mine.id, version: 1, name: 'Mine', figures }], chosenScenarioId: mine.id, consequences: '' }, db()))).code).toBe('not_found')
  })

  it('reports a stored decision that no longer fits the schema instead of throwing', async () => {
    const ws = await createWorkspace('Old decisions', db())
    await db().insert(decisionsTable).values({ id: 'dc_old', workspaceId: ws.id, number: 1, payload: { title: 'Old', options: 'none' } })
    const log = await listDecisions(ws.id, db())
    expect(log.decisions).toEqual([])
    expect(log.problems[0]?.message).toMatch(/^Stored decision 1 does not fit the current model: /)
  })
})
