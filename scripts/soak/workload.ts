import type { Scenario } from '../../lib/model'
import { sleep, type ApiAnswer, type ApiClient } from './api-client'
import { fingerprintOf } from './fingerprint'
import type { Ack, WriteAttempt } from './soak-log'

/**
 * The soak's writers: parallel saves of scenario versions, deliberate conflicts (two saves from the
 * same base), retries of a clientSaveId, restores and decisions, each remembered in `attempts`
 * with the answer it got. A save whose connection dies is sent again with the same clientSaveId
 * until it is answered, as the workspace panel does; a restore or a decision is not (no key makes
 * it safe to repeat), so it stays unacknowledged.
 */

type Target = { workspaceId: string; scenarioId: string }

export type Workload = {
  api: ApiClient
  /** The scenario every write starts from; its budget carries the write's id as its mark. */
  base: Scenario
  attempts: WriteAttempt[]
  /** Newest version each target is known to have, from the answers. */
  latest: Map<string, number>
  targets: Target[]
  /** 5xx answers: nothing was stored, so a save is sent again. */
  serverErrors: number
  /** Refusals of well-formed writes (4xx other than a conflict), as sentences: each fails the soak. */
  surprises: string[]
  nextId: number
}

/** `shouldStop`: no new write starts; `giveUpAtMs`: a save still unanswered stops being resent. */
type WriterPlan = { writers: number; shouldStop: () => boolean; giveUpAtMs: () => number; random: () => number }

/** The scenario as write `id` sends it: its mark is the monthly budget, unique per write. */
function markScenario(base: Scenario, id: number): Scenario {
  const scenario = structuredClone(base)
  scenario.requirements.budget.monthly = id
  return scenario
}

/** The mark of a stored scenario, or null if it has none. */
export function readMark(scenario: unknown): number | null {
  const monthly = (scenario as { requirements?: { budget?: { monthly?: unknown } } } | null)?.requirements?.budget?.monthly
  return typeof monthly === 'number' ? monthly : null
}

export function createWorkload(api: ApiClient, base: Scenario): Workload {
  return { api, base, attempts: [], latest: new Map(), targets: [], serverErrors: 0, surprises: [], nextId: 1 }
}

/** Creates `workspaces` workspaces with `scenariosEach` scenarios (before any kill: setup must not fail half-way). */
export async function setUpTargets(work: Workload, workspaces: number, scenariosEach: number): Promise<void> {
  for (let w = 1; w <= workspaces; w++) {
    const created = await work.api.call('POST', '/api/workspaces', { name: `Soak ${w}` })
    const workspaceId = expectCreated(created, 'workspace', (b) => (b.workspace as { id?: string } | undefined)?.id)
    for (let s = 1; s <= scenariosEach; s++) {
      const attempt = newAttempt(work, { kind: 'create', workspaceId })
      const answer = await work.api.call('POST', `/api/workspaces/${workspaceId}/scenarios`, { name: `Plan ${s}`, scenario: markScenario(work.base, attempt.id) })
      const scenarioId = expectCreated(answer, 'scenario', (b) => (b.scenario as { id?: string } | undefined)?.id)
      attempt.scenarioId = scenarioId
      attempt.acks.push({ type: 'version', scenarioId, version: 1 })
      work.latest.set(scenarioId, 1)
      work.targets.push({ workspaceId, scenarioId })
    }
  }
}

/** Runs `writers` loops until shouldStop(); a save begun by then is resent until answered or giveUpAtMs(). */
export async function runWriters(work: Workload, plan: WriterPlan): Promise<void> {
  const loops = Array.from({ length: plan.writers }, async () => {
    while (!plan.shouldStop()) await writeOnce(work, plan)
  })
  await Promise.all(loops)
}

const OPERATIONS = [
  { weight: 50, run: saveOnce },
  { weight: 10, run: conflictPair },
  { weight: 10, run: saveTwice },
  { weight: 15, run: restoreOnce },
  { weight: 15, run: decideOnce },
] as const

async function writeOnce(work: Workload, plan: WriterPlan): Promise<void> {
  let pick = plan.random() * OPERATIONS.reduce((sum, op) => sum + op.weight, 0)
  const op = OPERATIONS.find((o) => (pick -= o.weight) < 0) ?? OPERATIONS[0]
  const target = work.targets[Math.floor(plan.random() * work.targets.length)]!
  await op.run(work, plan, target)
}

async function saveOnce(work: Workload, plan: WriterPlan, target: Target): Promise<void> {
  await save(work, plan, target, work.latest.get(target.scenarioId) ?? 1)
}

/** Two writers with the same base: one wins, the other's work becomes a conflict copy (409). */
async function conflictPair(work: Workload, plan: WriterPlan, target: Target): Promise<void> {
  const read = await work.api.call('GET', `/api/workspaces/${target.workspaceId}/scenarios/${target.scenarioId}/versions`)
  const newest = read.answered && read.status === 200 ? (read.body.scenario as { latestVersion?: number } | undefined)?.latestVersion : undefined
  if (newest === undefined) return sleep(200) // the server is restarting: try something else later
  noteLatest(work, target.scenarioId, newest)
  await Promise.all([save(work, plan, target, newest), save(work, plan, target, newest)])
}

/** A save sent again after its answer: the retry must get the same answer and store nothing new. */
async function saveTwice(work: Workload, plan: WriterPlan, target: Target): Promise<void> {
  const attempt = await save(work, plan, target, work.latest.get(target.scenarioId) ?? 1)
  if (attempt.acks.length > 0) await sendSave(work, plan, attempt)
}

async function save(work: Workload, plan: WriterPlan, target: Target, baseVersion: number): Promise<WriteAttempt> {
  const attempt = newAttempt(work, { kind: 'save', workspaceId: target.workspaceId, scenarioId: target.scenarioId, baseVersion })
  attempt.clientSaveId = `soak-${process.pid}-${attempt.id}`
  await sendSave(work, plan, attempt)
  return attempt
}

/** Sends (or resends) a save until it is answered or giveUpAtMs passes; the same clientSaveId every time. */
async function sendSave(work: Workload, plan: WriterPlan, attempt: WriteAttempt): Promise<void> {
  const body = { baseVersion: attempt.baseVersion, scenario: markScenario(work.base, attempt.id), clientSaveId: attempt.clientSaveId }
  while (Date.now() < plan.giveUpAtMs()) {
    attempt.sends += 1
    const answer = await work.api.call('POST', `/api/workspaces/${attempt.workspaceId}/scenarios/${attempt.scenarioId}/versions`, body)
    const ack = answer.answered ? saveAck(answer.body, answer.status) : null
    if (ack) {
      attempt.acks.push(ack)
      const conflict = answer.answered ? (answer.body.conflict as { latestVersion?: number } | undefined) : undefined
      noteLatest(work, attempt.scenarioId!, ack.type === 'version' ? ack.version : (conflict?.latestVersion ?? 1))
      return
    }
    if (answer.answered && answer.status < 500 && answer.status !== 429) return noteSurprise(work, attempt, answer)
    if (answer.answered) work.serverErrors += 1
    else if (!answer.refused) attempt.cut += 1
    await sleep(answer.answered || answer.refused ? 250 : 50)
  }
}

function saveAck(body: Record<string, unknown>, status: number): Ack | null {
  if (status === 201 && typeof body.scenarioId === 'string' && typeof body.version === 'number') return { type: 'version', scenarioId: body.scenarioId, version: body.version }
  const saved = (body.conflict as { saved?: { scenarioId?: unknown; version?: unknown } } | undefined)?.saved
  if (status === 409 && typeof saved?.scenarioId === 'string' && typeof saved.version === 'number') return { type: 'conflict-copy', scenarioId: saved.scenarioId, version: saved.version }
  return null
}

async function restoreOnce(work: Workload, plan: WriterPlan, target: Target): Promise<void> {
  const newest = work.latest.get(target.scenarioId) ?? 1
  if (newest < 2) return saveOnce(work, plan, target)
  const from = 1 + Math.floor(plan.random() * (newest - 1))
  const attempt = newAttempt(work, { kind: 'restore', workspaceId: target.workspaceId, scenarioId: target.scenarioId, restoredFrom: from })
  attempt.sends = 1
  const answer = await work.api.call('POST', `/api/workspaces/${target.workspaceId}/scenarios/${target.scenarioId}/versions/${from}/restore`)
  if (answer.answered && answer.status === 201 && typeof answer.body.version === 'number') {
    attempt.acks.push({ type: 'version', scenarioId: target.scenarioId, version: answer.body.version })
    noteLatest(work, target.scenarioId, answer.body.version)
  } else await settleUnanswered(work, attempt, answer)
}

async function decideOnce(work: Workload, _plan: WriterPlan, target: Target): Promise<void> {
  const options = work.targets.filter((t) => t.workspaceId === target.workspaceId).slice(0, 2)
  const attempt = newAttempt(work, { kind: 'decision', workspaceId: target.workspaceId })
  attempt.title = `Soak decision ${process.pid}-${attempt.id}`
  attempt.sends = 1
  const body = {
    title: attempt.title,
    context: 'Recorded by npm run soak while the server is killed and restarted.',
    options: options.map((o, i) => ({ scenarioId: o.scenarioId, version: work.latest.get(o.scenarioId) ?? 1, name: `Plan ${i + 1}` })),
    chosenScenarioId: options[0]!.scenarioId,
    consequences: 'None: a soak test.',
    status: 'accepted',
  }
  const answer = await work.api.call('POST', `/api/workspaces/${target.workspaceId}/decisions`, body)
  const decision = answer.answered && answer.status === 201 ? (answer.body.decision as { id?: unknown; number?: unknown } | undefined) : undefined
  if (typeof decision?.id === 'string' && typeof decision.number === 'number') attempt.acks.push({ type: 'decision', decisionId: decision.id, number: decision.number })
  else await settleUnanswered(work, attempt, answer)
}

/** A restore or decision without a usable answer: a refusal is a surprise, a dead connection waits for the restart. */
async function settleUnanswered(work: Workload, attempt: WriteAttempt, answer: ApiAnswer): Promise<void> {
  if (answer.answered && answer.status < 500) return noteSurprise(work, attempt, answer)
  if (answer.answered) work.serverErrors += 1
  else if (!answer.refused) attempt.cut += 1
  await sleep(250)
}

function noteSurprise(work: Workload, attempt: WriteAttempt, answer: Extract<ApiAnswer, { answered: true }>): void {
  work.surprises.push(`${attempt.kind} #${attempt.id} was refused with ${answer.status}: ${String(answer.body.error ?? '').slice(0, 200)}`)
}

function noteLatest(work: Workload, scenarioId: string, version: number): void {
  work.latest.set(scenarioId, Math.max(work.latest.get(scenarioId) ?? 1, version))
}

function newAttempt(work: Workload, fields: Pick<WriteAttempt, 'kind' | 'workspaceId'> & Partial<WriteAttempt>): WriteAttempt {
  const id = work.nextId++
  const carriesScenario = fields.kind === 'create' || fields.kind === 'save'
  const attempt: WriteAttempt = {
    id,
    sends: 0,
    cut: 0,
    acks: [],
    ...(carriesScenario ? { mark: id, fingerprint: fingerprintOf(markScenario(work.base, id)) } : {}),
    ...fields,
  }
  if (fields.kind === 'create') attempt.sends = 1
  work.attempts.push(attempt)
  return attempt
}

function expectCreated(answer: ApiAnswer, what: string, idOf: (body: Record<string, unknown>) => string | undefined): string {
  const id = answer.answered && answer.status === 201 ? idOf(answer.body) : undefined
  if (id) return id
  const why = answer.answered ? `${answer.status} ${String(answer.body.error ?? '')}` : answer.reason
  throw new Error(`the soak could not create its ${what} before the first kill (${why})`)
}
