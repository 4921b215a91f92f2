import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Scenario } from '../../lib/model'
import { createApiClient, sleep } from './api-client'
import type { SoakBackend } from './backends'
import { fingerprintOf } from './fingerprint'
import { readStore } from './read-store'
import { startServer, type ServerProcess, type ServerSpec } from './server-process'
import { verifySoak, type SoakVerdict } from './verify'
import { createWorkload, runWriters, setUpTargets, type Workload } from './workload'

type SoakSettings = {
  kills: number
  writers: number
  seconds: number
  port: number
  appDir: string
  distDir: string
  base: Scenario
  random: () => number
  log: (line: string) => void
}

export type SoakReport = SoakVerdict & {
  backend: string
  killsPlanned: number
  killsSurvived: number
  serverErrors: number
  durationSeconds: number
  logFile: string
}

const WORKSPACES = 2
const SCENARIOS_PER_WORKSPACE = 3
/** After the writing time, a save cut off by the last kill may take this long to be answered. */
const SETTLE_MS = 60_000
/** A safety stop: however slow the restarts, a run ends by seconds × 3 + this. */
const OVERRUN_MS = 5 * 60_000

/**
 * One soak on one back end: writers save, conflict, retry, restore and decide while the server is
 * SIGKILLed `kills` times at random moments and restarted; then a clean restart, a read of
 * everything through the API, and the verdict (scripts/soak/verify.ts).
 */
export async function soakBackend(backend: SoakBackend, settings: SoakSettings): Promise<SoakReport> {
  const startedMs = Date.now()
  const logFile = path.join(tmpdir(), `archdeck-soak-${backend.name.toLowerCase()}-${startedMs}.log`)
  const spec: ServerSpec = { appDir: settings.appDir, distDir: settings.distDir, port: settings.port, env: backend.env, logFile }
  const api = createApiClient(`http://127.0.0.1:${settings.port}`)
  const work = createWorkload(api, settings.base)
  const problems: string[] = []
  let killsSurvived = 0

  settings.log(`${backend.name}: ${backend.where}; server log ${logFile}`)
  let server: ServerProcess | null = await startServer(spec)
  try {
    await setUpTargets(work, WORKSPACES, SCENARIOS_PER_WORKSPACE)
    await checkFingerprints(work)
    const writingEndsMs = Date.now() + settings.seconds * 1000
    const hardStopMs = startedMs + settings.seconds * 3000 + OVERRUN_MS
    let killing = true
    let broken = false
    /** Unanswered saves are resent until this moment, SETTLE_MS after the writing (and killing) ends. */
    let settleEndsMs = hardStopMs
    const writing = runWriters(work, {
      writers: settings.writers,
      shouldStop: () => broken || (!killing && Date.now() >= writingEndsMs) || Date.now() >= hardStopMs,
      giveUpAtMs: () => (broken ? 0 : settleEndsMs),
      random: settings.random,
    })
    try {
      for (let left = settings.kills; left > 0 && Date.now() < hardStopMs; left--) {
        // Spread the kills over what is left of the writing time, each at a random point of its slot.
        const slotMs = Math.max(1_000, (writingEndsMs - Date.now()) / left)
        await sleep(slotMs * (0.25 + 0.5 * settings.random()))
        await server!.kill()
        server = null
        settings.log(`${backend.name}: kill ${settings.kills - left + 1} of ${settings.kills} after ${Math.round((Date.now() - startedMs) / 1000)} s`)
        server = await startServer(spec)
        killsSurvived += 1
      }
    } catch (error) {
      broken = true
      problems.push(`The server did not come back after kill ${killsSurvived + 1}: ${(error as Error).message}`)
    } finally {
      killing = false
      settleEndsMs = Math.min(hardStopMs, Math.max(writingEndsMs, Date.now()) + SETTLE_MS)
    }
    await writing
    // The last restart is a clean one: what is read now is what a user would find.
    await server?.stop()
    server = null
    try {
      server = await startServer(spec)
    } catch (error) {
      problems.push(`The server did not start for the final read: ${(error as Error).message}`)
    }
    const store = server ? await readStore(api, [...new Set(work.targets.map((t) => t.workspaceId))]) : null
    const verdict = store ? verifySoak(work.attempts, store) : verifySoak(work.attempts, { workspaceIds: [], scenarios: [], decisions: [], decisionProblems: [] })
    return {
      ...verdict,
      problems: [...problems, ...work.surprises.map((s) => `Unexpected refusal: ${s}`), ...verdict.problems],
      backend: backend.name,
      killsPlanned: settings.kills,
      killsSurvived,
      serverErrors: work.serverErrors,
      durationSeconds: (Date.now() - startedMs) / 1000,
      logFile,
    }
  } finally {
    await server?.stop()
  }
}

/** The soak's own check: what it sent must read back with the same fingerprint, or every verdict would be noise. */
async function checkFingerprints(work: Workload): Promise<void> {
  const first = work.attempts[0]!
  const target = work.targets[0]!
  const answer = await work.api.call('GET', `/api/workspaces/${target.workspaceId}/scenarios/${target.scenarioId}/versions/1`)
  const scenario = answer.answered ? (answer.body.version as { scenario?: unknown } | undefined)?.scenario : undefined
  if (scenario === undefined || fingerprintOf(scenario) !== first.fingerprint)
    throw new Error('the scenario the soak saved reads back different before any kill: its fingerprints would report false losses (is the preset a parsed scenario?)')
}
