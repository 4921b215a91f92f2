import { describe, expect, it } from 'vitest'
import type { StoreListing, StoredScenario, StoredVersion, WriteAttempt } from './soak-log'
import { verifySoak } from './verify'

const WS = 'ws_a'

function version(n: number, mark: number | null, source = n === 1 ? 'create' : 'save', basedOn: number | null = n === 1 ? null : n - 1): StoredVersion {
  return { version: n, source, basedOn, fingerprint: mark === null ? null : `fp${mark}`, mark }
}

function scenario(id: string, versions: StoredVersion[], extra: Partial<StoredScenario> = {}): StoredScenario {
  return { id, workspaceId: WS, name: `Plan ${id}`, latestVersion: Math.max(...versions.map((v) => v.version)), copiedFromId: null, versions, ...extra }
}

function store(scenarios: StoredScenario[], extra: Partial<StoreListing> = {}): StoreListing {
  return { workspaceIds: [WS], scenarios, decisions: [], decisionProblems: [], ...extra }
}

function save(id: number, scenarioId: string, ackVersion: number | null, extra: Partial<WriteAttempt> = {}): WriteAttempt {
  return {
    id,
    kind: 'save',
    workspaceId: WS,
    scenarioId,
    mark: id,
    fingerprint: `fp${id}`,
    clientSaveId: `save-${id}-abcdef`,
    sends: 1,
    cut: 0,
    acks: ackVersion === null ? [] : [{ type: 'version', scenarioId, version: ackVersion }],
    ...extra,
  }
}

const create = (id: number, scenarioId: string): WriteAttempt => ({ ...save(id, scenarioId, 1), kind: 'create', clientSaveId: undefined })

describe('verifySoak', () => {
  it('passes a store that holds every acknowledged write, with figures', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2), save(3, 'sc1', 3), save(4, 'sc1', null)]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2), version(3, 3)])]))
    expect(verdict.problems).toEqual([])
    expect(verdict).toMatchObject({ attempted: 4, acknowledged: 3, present: 3, lost: 0, unacknowledged: 1, unacknowledgedPresent: 0 })
  })

  it('reports an acknowledged save that is missing from the store as lost', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2), save(3, 'sc1', 3)]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2)])]))
    expect(verdict.lost).toBe(1)
    expect(verdict.problems).toEqual([expect.stringMatching(/^Lost: save #3 .*version 3 is missing/)])
  })

  it('reports an acknowledged save whose version holds other content as lost', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2), save(3, 'sc1', null)]
    // The unacknowledged save 3 took version 2, where the server said save 2 went.
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), { ...version(2, 3) }])]))
    expect(verdict.lost).toBe(1)
    expect(verdict.problems.join('\n')).toMatch(/save #2 .* holds other content/)
  })

  it('reports a gap in the versions of a scenario', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', null), save(3, 'sc1', 3)]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(3, 3)])]))
    expect(verdict.lost).toBe(0)
    expect(verdict.problems).toContain('Gap: "Plan sc1" (sc1) has no version 2 of 1..3.')
  })

  it('reports a retried clientSaveId stored twice', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2, { sends: 2 })]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2), version(3, 2)])]))
    expect(verdict.retried).toBe(1)
    expect(verdict.problems.join('\n')).toMatch(/Write #2 is stored 2 times/)
  })

  it('reports a retry answered with another version than the first send', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2, { sends: 2, acks: [{ type: 'version', scenarioId: 'sc1', version: 2 }, { type: 'version', scenarioId: 'sc1', version: 3 }] })]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2)])]))
    expect(verdict.problems.join('\n')).toMatch(/answered differently when retried/)
  })

  it('accepts a conflict copy where the answer said the work went', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2), save(3, 'sc1', null, { acks: [{ type: 'conflict-copy', scenarioId: 'sc2', version: 1 }] })]
    const copy = scenario('sc2', [version(1, 3, 'conflict-copy', 1)], { copiedFromId: 'sc1' })
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2)]), copy]))
    expect(verdict.problems).toEqual([])
    expect(verdict.conflicts).toBe(1)
  })

  it('reports two saves on the same base that both won (a lost update)', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', 2), save(3, 'sc1', 3)]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), version(2, 2), version(3, 3, 'save', 1)])]))
    expect(verdict.problems.join('\n')).toMatch(/version 3 was saved over version 1/)
  })

  it('checks that a restore holds the content of the version it restored', () => {
    const restore: WriteAttempt = { id: 3, kind: 'restore', workspaceId: WS, scenarioId: 'sc1', restoredFrom: 1, sends: 1, cut: 0, acks: [{ type: 'version', scenarioId: 'sc1', version: 3 }] }
    const good = verifySoak([create(1, 'sc1'), save(2, 'sc1', 2), restore], store([scenario('sc1', [version(1, 1), version(2, 2), version(3, 1, 'restore', 1)])]))
    expect(good.problems).toEqual([])
    expect(good.restores).toBe(1)
    const bad = verifySoak([create(1, 'sc1'), save(2, 'sc1', 2), restore], store([scenario('sc1', [version(1, 1), version(2, 2), { ...version(3, 1, 'restore', 1), fingerprint: 'torn' }])]))
    expect(bad.lost).toBe(1)
  })

  it('reports an unreadable version and an unacknowledged write stored incomplete', () => {
    const attempts = [create(1, 'sc1'), save(2, 'sc1', null)]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1), { ...version(2, 2), fingerprint: 'half' }, version(3, null)])]))
    expect(verdict.unacknowledgedPresent).toBe(1)
    expect(verdict.problems.join('\n')).toMatch(/Unacknowledged save #2 is stored incomplete/)
    expect(verdict.problems.join('\n')).toMatch(/version 3 cannot be read back/)
  })

  it('reports a missing acknowledged decision and a gap in decision numbers', () => {
    const decision = (id: number, number: number | null): WriteAttempt => ({
      id,
      kind: 'decision',
      workspaceId: WS,
      title: `Decision ${id}`,
      sends: 1,
      cut: 0,
      acks: number === null ? [] : [{ type: 'decision', decisionId: `dc${id}`, number }],
    })
    const attempts = [create(1, 'sc1'), decision(2, 1), decision(3, 2), decision(4, 3)]
    const decisions = [
      { workspaceId: WS, number: 1, id: 'dc2', title: 'Decision 2' },
      { workspaceId: WS, number: 3, id: 'dc4', title: 'Decision 4' },
    ]
    const verdict = verifySoak(attempts, store([scenario('sc1', [version(1, 1)])], { decisions }))
    expect(verdict.lost).toBe(1)
    expect(verdict.decisions).toBe(3)
    expect(verdict.problems).toContain('Lost: decision #3 (answered decision 2 dc3): the workspace has no decision 2.')
    expect(verdict.problems.join('\n')).toMatch(/Gap: workspace ws_a has decision 3 where 2 was expected/)
  })

  it('reports stored content that no write sent', () => {
    const verdict = verifySoak([create(1, 'sc1')], store([scenario('sc1', [version(1, 1), version(2, 99)])]))
    expect(verdict.problems.join('\n')).toMatch(/holds content that no write of the soak sent \(mark 99\)/)
  })

  it('counts an unanswered restore that was stored, and reports a restore nobody asked for', () => {
    const restore = (id: number, from: number): WriteAttempt => ({ id, kind: 'restore', workspaceId: WS, scenarioId: 'sc1', restoredFrom: from, sends: 1, cut: 1, acks: [] })
    const stored = store([scenario('sc1', [version(1, 1), version(2, 2), version(3, 1, 'restore', 1), version(4, 2, 'restore', 2)])])
    const verdict = verifySoak([create(1, 'sc1'), save(2, 'sc1', 2), restore(3, 1)], stored)
    expect(verdict.unacknowledgedPresent).toBe(1)
    expect(verdict.problems).toEqual(['Scenario sc1 holds 1 restore(s) of version 2 that no write of the soak asked for.'])
  })

  it('reports a decision that no write of the soak recorded', () => {
    const verdict = verifySoak([create(1, 'sc1')], store([scenario('sc1', [version(1, 1)])], { decisions: [{ workspaceId: WS, number: 1, id: 'dcx', title: 'Forged' }] }))
    expect(verdict.problems).toEqual(['Decision 1 of workspace ws_a ("Forged") comes from no write of the soak.'])
  })

  it('counts an acknowledged save whose first send was cut as resent after a cut', () => {
    const verdict = verifySoak([create(1, 'sc1'), save(2, 'sc1', 2, { sends: 3, cut: 2 })], store([scenario('sc1', [version(1, 1), version(2, 2)])]))
    expect(verdict).toMatchObject({ retried: 1, resentAfterCut: 1, problems: [] })
  })
})
