import type { Ack, StoreListing, StoredScenario, StoredVersion, WriteAttempt } from './soak-log'

/** The soak's verdict on one back end: figures, and one sentence per thing that went wrong. */
export type SoakVerdict = {
  attempted: number
  acknowledged: number
  /** Acknowledged writes found with the content that was sent. */
  present: number
  /** Acknowledged writes missing or holding other content: must be 0. */
  lost: number
  /** Writes whose answer never came (the connection died with the server). */
  unacknowledged: number
  /** …of which the store holds a complete copy (allowed either way). */
  unacknowledgedPresent: number
  conflicts: number
  restores: number
  decisions: number
  /** Writes sent more than once with the same clientSaveId… */
  retried: number
  /** …of which the first send's connection was cut by a kill, and a later send was answered. */
  resentAfterCut: number
  /** Losses, version or decision-number gaps, duplicates, unreadable or unexplained rows. */
  problems: string[]
}

/**
 * Checks the store against the log of writes:
 * - every acknowledged write is present with the content sent (a restore: the content it copied);
 * - every scenario's versions run 1..latest with no gap, and a save sits on the version before it;
 * - decision numbers run 1..n in every workspace;
 * - no write is stored twice (a retried clientSaveId) and no stored version comes from no write;
 * - an unacknowledged write may be absent, but if present it is complete.
 */
export function verifySoak(attempts: readonly WriteAttempt[], store: StoreListing): SoakVerdict {
  const problems: string[] = []
  const scenarios = new Map(store.scenarios.map((s) => [s.id, s]))
  const byMark = indexMarks(store.scenarios)
  const attemptsByMark = new Map(attempts.filter((a) => a.mark !== undefined).map((a) => [a.mark!, a]))

  for (const scenario of store.scenarios) checkScenario(scenario, problems)
  for (const [mark, places] of byMark) {
    const attempt = attemptsByMark.get(mark)
    if (!attempt) problems.push(`${places[0]!.label} holds content that no write of the soak sent (mark ${mark}).`)
    if (places.length > 1) problems.push(`Write #${attempt?.id ?? mark} is stored ${places.length} times: ${places.map((p) => p.label).join(', ')}.`)
  }
  checkDecisionNumbers(store, problems)
  const unclaimedRestores = matchRestores(attempts, store.scenarios, problems)
  checkDecisionOrigins(attempts, store, problems)

  let present = 0
  let lost = 0
  let unacknowledgedPresent = 0
  for (const attempt of attempts) {
    const ack = attempt.acks[0]
    if (attempt.acks.some((other) => !sameAck(other, ack!))) problems.push(`Write #${attempt.id} was answered differently when retried: ${attempt.acks.map(describeAck).join(' / ')}.`)
    if (ack) {
      const missing = findMissing(attempt, ack, scenarios, store)
      if (missing) {
        lost += 1
        problems.push(`Lost: ${missing}`)
      } else present += 1
    } else if (isStoredUnacknowledged(attempt, byMark, store, unclaimedRestores, problems)) unacknowledgedPresent += 1
  }

  const acknowledged = attempts.filter((a) => a.acks.length > 0)
  return {
    attempted: attempts.length,
    acknowledged: acknowledged.length,
    present,
    lost,
    unacknowledged: attempts.length - acknowledged.length,
    unacknowledgedPresent,
    conflicts: acknowledged.filter((a) => a.acks[0]!.type === 'conflict-copy').length,
    restores: acknowledged.filter((a) => a.kind === 'restore').length,
    decisions: acknowledged.filter((a) => a.kind === 'decision').length,
    retried: attempts.filter((a) => a.sends > 1).length,
    resentAfterCut: acknowledged.filter((a) => a.cut > 0).length,
    problems,
  }
}

type Place = { scenario: StoredScenario; version: StoredVersion; label: string }

function label(scenario: StoredScenario, version: number): string {
  return `"${scenario.name}" (${scenario.id}) version ${version}`
}

/** Where each mark is stored, restores aside (a restore copies an older version's content, mark included). */
function indexMarks(scenarios: readonly StoredScenario[]): Map<number, Place[]> {
  const byMark = new Map<number, Place[]>()
  for (const scenario of scenarios) {
    for (const version of scenario.versions) {
      if (version.source === 'restore' || version.mark === null) continue
      const places = byMark.get(version.mark) ?? []
      places.push({ scenario, version, label: label(scenario, version.version) })
      byMark.set(version.mark, places)
    }
  }
  return byMark
}

function checkScenario(scenario: StoredScenario, problems: string[]): void {
  const byNumber = new Map(scenario.versions.map((v) => [v.version, v]))
  const missing: number[] = []
  for (let n = 1; n <= scenario.latestVersion; n++) if (!byNumber.has(n)) missing.push(n)
  if (missing.length > 0) problems.push(`Gap: "${scenario.name}" (${scenario.id}) has no version ${missing.join(', ')} of 1..${scenario.latestVersion}.`)
  for (const v of scenario.versions) {
    const where = label(scenario, v.version)
    if (v.version > scenario.latestVersion) problems.push(`${where} is beyond its latest version ${scenario.latestVersion}.`)
    if (v.fingerprint === null) problems.push(`${where} cannot be read back as a scenario.`)
    if (v.source === 'save' && v.basedOn !== v.version - 1) problems.push(`${where} was saved over version ${v.basedOn}, not over the version before it (a lost update).`)
    if ((v.source === 'create' || v.source === 'conflict-copy') && v.version !== 1) problems.push(`${where} says "${v.source}", which only a version 1 can be.`)
    if (v.source === 'conflict-copy' && scenario.copiedFromId === null) problems.push(`${where} is a conflict copy of no scenario.`)
    if (v.source === 'restore') {
      const from = v.basedOn === null ? undefined : byNumber.get(v.basedOn)
      if (!from || from.fingerprint !== v.fingerprint) problems.push(`${where} restores version ${v.basedOn}, but holds other content.`)
    }
  }
}

function checkDecisionNumbers(store: StoreListing, problems: string[]): void {
  for (const workspaceId of store.workspaceIds) {
    const numbers = store.decisions.filter((d) => d.workspaceId === workspaceId).map((d) => d.number).sort((a, b) => a - b)
    numbers.forEach((n, i) => {
      if (n !== i + 1) problems.push(`Gap: workspace ${workspaceId} has decision ${n} where ${i + 1} was expected (numbers ${numbers.join(', ')}).`)
    })
  }
  const titles = new Map<string, number>()
  for (const d of store.decisions) titles.set(`${d.workspaceId} ${d.title}`, (titles.get(`${d.workspaceId} ${d.title}`) ?? 0) + 1)
  for (const [key, count] of titles) if (count > 1) problems.push(`Decision "${key.split(' ').slice(1).join(' ')}" is stored ${count} times.`)
  problems.push(...store.decisionProblems)
}

/**
 * Stored restores that no acknowledged restore claims, by "scenario version"; more of them than
 * unanswered restores of that version means a restore nobody asked for.
 */
function matchRestores(attempts: readonly WriteAttempt[], scenarios: readonly StoredScenario[], problems: string[]): Map<string, number> {
  const claimed = new Set(attempts.flatMap((a) => (a.kind === 'restore' ? a.acks.map(describeAck) : [])))
  const unclaimed = new Map<string, number>()
  for (const scenario of scenarios) {
    for (const v of scenario.versions) {
      if (v.source !== 'restore' || claimed.has(describeAck({ type: 'version', scenarioId: scenario.id, version: v.version }))) continue
      const key = `${scenario.id} ${v.basedOn}`
      unclaimed.set(key, (unclaimed.get(key) ?? 0) + 1)
    }
  }
  const asked = new Map<string, number>()
  for (const a of attempts) if (a.kind === 'restore' && a.acks.length === 0) asked.set(`${a.scenarioId} ${a.restoredFrom}`, (asked.get(`${a.scenarioId} ${a.restoredFrom}`) ?? 0) + 1)
  for (const [key, count] of unclaimed) {
    const [scenarioId, from] = key.split(' ')
    if (count > (asked.get(key) ?? 0)) problems.push(`Scenario ${scenarioId} holds ${count - (asked.get(key) ?? 0)} restore(s) of version ${from} that no write of the soak asked for.`)
  }
  return unclaimed
}

/** Every stored decision must come from a write of the soak (its title names it). */
function checkDecisionOrigins(attempts: readonly WriteAttempt[], store: StoreListing, problems: string[]): void {
  const titles = new Set(attempts.filter((a) => a.kind === 'decision').map((a) => `${a.workspaceId} ${a.title}`))
  for (const d of store.decisions) if (!titles.has(`${d.workspaceId} ${d.title}`)) problems.push(`Decision ${d.number} of workspace ${d.workspaceId} ("${d.title}") comes from no write of the soak.`)
}

/** A sentence saying what of an acknowledged write is missing, or null when it is all there. */
function findMissing(attempt: WriteAttempt, ack: Ack, scenarios: Map<string, StoredScenario>, store: StoreListing): string | null {
  const what = `${attempt.kind} #${attempt.id} (answered ${describeAck(ack)})`
  if (ack.type === 'decision') {
    const stored = store.decisions.find((d) => d.workspaceId === attempt.workspaceId && d.number === ack.number)
    if (!stored) return `${what}: the workspace has no decision ${ack.number}.`
    if (stored.id !== ack.decisionId || stored.title !== attempt.title) return `${what}: decision ${ack.number} is "${stored.title}" (${stored.id}).`
    return null
  }
  const scenario = scenarios.get(ack.scenarioId)
  if (!scenario) return `${what}: there is no scenario ${ack.scenarioId}.`
  const version = scenario.versions.find((v) => v.version === ack.version)
  if (!version) return `${what}: ${label(scenario, ack.version)} is missing.`
  if (ack.type === 'conflict-copy' && scenario.copiedFromId !== attempt.scenarioId) return `${what}: ${label(scenario, ack.version)} is not a copy of ${attempt.scenarioId}.`
  if (attempt.kind === 'restore') {
    const from = scenario.versions.find((v) => v.version === attempt.restoredFrom)
    if (version.source !== 'restore' || version.basedOn !== attempt.restoredFrom || !from || from.fingerprint !== version.fingerprint)
      return `${what}: ${label(scenario, ack.version)} is not a copy of version ${attempt.restoredFrom}.`
    return null
  }
  if (version.fingerprint !== attempt.fingerprint) return `${what}: ${label(scenario, ack.version)} holds other content.`
  return null
}

/** True when the store holds an unacknowledged write; a partial copy of one is a problem. */
function isStoredUnacknowledged(attempt: WriteAttempt, byMark: Map<number, Place[]>, store: StoreListing, unclaimedRestores: Map<string, number>, problems: string[]): boolean {
  if (attempt.kind === 'decision') return store.decisions.some((d) => d.workspaceId === attempt.workspaceId && d.title === attempt.title)
  if (attempt.kind === 'restore') {
    // Restores carry no mark: one of the same scenario and version that no answer claimed is this one.
    const key = `${attempt.scenarioId} ${attempt.restoredFrom}`
    const left = unclaimedRestores.get(key) ?? 0
    if (left > 0) unclaimedRestores.set(key, left - 1)
    return left > 0
  }
  const place = attempt.mark === undefined ? undefined : byMark.get(attempt.mark)?.[0]
  if (!place) return false
  if (place.version.fingerprint !== attempt.fingerprint) problems.push(`Unacknowledged ${attempt.kind} #${attempt.id} is stored incomplete or changed at ${place.label}.`)
  if (attempt.kind === 'save' && place.scenario.id !== attempt.scenarioId && place.scenario.copiedFromId !== attempt.scenarioId)
    problems.push(`Unacknowledged save #${attempt.id} to ${attempt.scenarioId} is stored in an unrelated scenario, ${place.label}.`)
  return true
}

function sameAck(a: Ack, b: Ack): boolean {
  return describeAck(a) === describeAck(b)
}

function describeAck(ack: Ack): string {
  if (ack.type === 'decision') return `decision ${ack.number} ${ack.decisionId}`
  return `${ack.type === 'conflict-copy' ? 'conflict copy ' : ''}${ack.scenarioId} v${ack.version}`
}
