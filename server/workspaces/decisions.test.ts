import { eq } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { freezeScenarioFigures } from '@/lib/decisions/freeze-figures'
import type { FrozenFigures } from '@/lib/decisions/types'
import { setTasksPerService } from '@/lib/model'
import { decisions as decisionsTable, scenarioVersions } from '@/server/db/schema'
import { describeOnBackends } from '@/server/db/test-backends'
import { createScenario, createWorkspace, listDecisions, recordDecision, saveScenarioVersion } from './index'
import { refusal } from './testing/refusal'

const base = findPreset('swiftlogix')!.scenario
const withTasks = (n: number) => ({ ...base, config: setTasksPerService(base.config, n) })

/** What a forger would like the record to say: free, perfectly safe, and recovering from everything. */
const FORGED: FrozenFigures = { monthlyUsd: 1, monthlyKrw: 1300, costComplete: true, withinBudget: true, autoRecovered: 8, scenarioCount: 8, worstP95Ms: 1, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2099-01-01' }


describeOnBackends('decision figures', (db) => {
  async function workspaceWithPlan() {
    const ws = await createWorkspace('Figures', db())
    const s = await createScenario(ws.id, 'Plan', base, db())
    const decide = (options: unknown[]) => recordDecision(ws.id, { title: 'Go', context: '', options, chosenScenarioId: s.id, consequences: '' }, db())
    return { ws, s, decide }
  }

  it('stores the figures the server computes from the stored version, not forged ones from the client', async () => {
    const { ws, s, decide } = await workspaceWithPlan()
    const recorded = await decide([{ scenarioId: s.id, version: 1, name: 'Plan', figures: FORGED }])
    const truth = freezeScenarioFigures(base)
    expect(truth.monthlyUsd).toBeGreaterThan(100)
    expect(recorded.options[0]!.figures).toEqual(truth)
    const [row] = await db().select().from(decisionsTable).where(eq(decisionsTable.workspaceId, ws.id))
    expect((row!.payload as { options: { figures: FrozenFigures }[] }).options[0]!.figures).toEqual(truth)
    expect((await listDecisions(ws.id, db())).decisions[0]!.options[0]!.figures).toEqual(truth)
  })

  it('accepts options without figures, as a client that leaves the pricing to the server sends them', async () => {
    const { s, decide } = await workspaceWithPlan()
    expect((await decide([{ scenarioId: s.id, version: 1, name: 'Plan' }])).options[0]!.figures).toEqual(freezeScenarioFigures(base))
  })

  it('freezes the version each option names, not the scenario’s latest', async () => {
    const { s, decide } = await workspaceWithPlan()
    await saveScenarioVersion(s.id, { baseVersion: 1, scenario: withTasks(12) }, db())
    const recorded = await decide([{ scenarioId: s.id, version: 1, name: 'Plan' }])
    expect(recorded.options[0]!.figures).toEqual(freezeScenarioFigures(base))
    expect(recorded.options[0]!.figures).not.toEqual(freezeScenarioFigures(withTasks(12)))
  })

  it('refuses negative figures with their field paths, even though they would be replaced', async () => {
    const { s, decide } = await workspaceWithPlan()
    const error = await refusal(decide([{ scenarioId: s.id, version: 1, name: 'Plan', figures: { ...FORGED, monthlyUsd: -1e308, highFindings: -7 } }]))
    expect(error.code).toBe('invalid')
    expect(error.fieldErrors).toEqual([
      { path: 'options[0].figures.monthlyUsd', message: 'must not be negative' },
      { path: 'options[0].figures.highFindings', message: 'must not be negative' },
    ])
  })

  it('refuses to freeze a stored version that no longer fits the model, naming the option', async () => {
    const { s, decide } = await workspaceWithPlan()
    await db().update(scenarioVersions).set({ payload: { config: 'gone' } }).where(eq(scenarioVersions.scenarioId, s.id))
    const error = await refusal(decide([{ scenarioId: s.id, version: 1, name: 'Plan' }]))
    expect(error.code).toBe('unreadable')
    expect(error.message).toMatch(/^The figures of option 1 \("Plan" v1\) cannot be frozen: Stored version 1 of "Plan" does not fit the current model/)
    expect(error.fieldErrors[0]?.path).toBe('options[0].version')
  })

  it('lists a stored record with negative figures as a problem instead of showing them', async () => {
    const { ws, s } = await workspaceWithPlan()
    const payload = { title: 'Forged', context: '', options: [{ scenarioId: s.id, version: 1, name: 'Plan', figures: { ...FORGED, highFindings: -7 } }], chosenScenarioId: s.id, consequences: '', status: 'accepted' }
    await db().insert(decisionsTable).values({ id: 'dc_forged', workspaceId: ws.id, number: 1, payload })
    const log = await listDecisions(ws.id, db())
    expect(log.decisions).toEqual([])
    expect(log.problems[0]?.message).toMatch(/^Stored decision 1 does not fit the current model: options\[0\]\.figures\.highFindings: must not be negative/)
  })
})
