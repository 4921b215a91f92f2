import type { ApiClient } from './api-client'
import { fingerprintOf } from './fingerprint'
import type { StoreListing, StoredDecision, StoredScenario, StoredVersion } from './soak-log'
import { readMark } from './workload'

/** How many reads run at once: enough to be quick, few enough to leave the 2-core machine usable. */
const PARALLEL_READS = 6

/**
 * Reads back everything in the soak's workspaces through the API, as a user would see it: every
 * scenario, every version's content (fingerprinted) and every decision. Throws when the server
 * does not answer a read, since the verdict would then be meaningless.
 */
export async function readStore(api: ApiClient, workspaceIds: readonly string[]): Promise<StoreListing> {
  const listing: StoreListing = { workspaceIds: [...workspaceIds], scenarios: [], decisions: [], decisionProblems: [] }
  for (const workspaceId of workspaceIds) {
    const workspace = await get(api, `/api/workspaces/${workspaceId}`)
    const summaries = (workspace.workspace as { scenarios: { id: string; name: string; latestVersion: number; copiedFromId: string | null }[] }).scenarios
    const scenarios = await inParallel(summaries, async (s): Promise<StoredScenario> => ({
      id: s.id,
      workspaceId,
      name: s.name,
      latestVersion: s.latestVersion,
      copiedFromId: s.copiedFromId,
      versions: await readVersions(api, workspaceId, s.id),
    }))
    listing.scenarios.push(...scenarios)
    const log = await get(api, `/api/workspaces/${workspaceId}/decisions`)
    const decisions = log.decisions as { id: string; number: number; title: string }[]
    listing.decisions.push(...decisions.map((d): StoredDecision => ({ workspaceId, number: d.number, id: d.id, title: d.title })))
    for (const problem of log.problems as { number: number; message: string }[]) listing.decisionProblems.push(`Decision ${problem.number} of workspace ${workspaceId} cannot be read: ${problem.message}`)
  }
  return listing
}

async function readVersions(api: ApiClient, workspaceId: string, scenarioId: string): Promise<StoredVersion[]> {
  const base = `/api/workspaces/${workspaceId}/scenarios/${scenarioId}/versions`
  const metas = (await get(api, base)).versions as { version: number; source: string; basedOn: number | null }[]
  return inParallel(metas, async (meta): Promise<StoredVersion> => {
    const record = (await get(api, `${base}/${meta.version}`)).version as { ok: boolean; scenario?: unknown }
    const readable = record.ok === true && record.scenario !== undefined
    return {
      version: meta.version,
      source: meta.source,
      basedOn: meta.basedOn,
      fingerprint: readable ? fingerprintOf(record.scenario) : null,
      mark: readable ? readMark(record.scenario) : null,
    }
  })
}

async function get(api: ApiClient, path: string): Promise<Record<string, unknown>> {
  for (let attempt = 1; ; attempt++) {
    const answer = await api.call('GET', path)
    if (answer.answered && answer.status === 200) return answer.body
    // Retries cover a connection the killed server left in the client's pool.
    if (attempt >= 3) throw new Error(`GET ${path} failed after the last restart: ${answer.answered ? `${answer.status} ${String(answer.body.error ?? '')}` : answer.reason}`)
  }
}

async function inParallel<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(PARALLEL_READS, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index]!)
    }
  })
  await Promise.all(lanes)
  return results
}
