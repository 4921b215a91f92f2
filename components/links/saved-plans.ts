import { apiPaths, requestJson } from '@/components/workspace/api-client'
import type { VersionRecord, WorkspaceDetail } from '@/server/workspaces/types'
import { storeSnapshot } from './store-snapshot'

/** Plans Compare shows beside the current one: four at most. */
const MAX_SAVED_PLANS = 3

/** A stored version never changes: its snapshot id is asked for once per page. */
const snapshotOfVersion = new Map<string, Promise<string | null>>()

/**
 * Snapshot ids of the plans saved in a workspace (each scenario's latest version, most recently
 * changed first, at most three), leaving out `editedScenarioId`: the current work is that plan.
 * A version that cannot be read or stored is left out; a workspace that cannot be read gives none.
 */
export async function savedPlanSnapshotIds(workspaceId: string, editedScenarioId: string | null): Promise<string[]> {
  const { workspace } = await requestJson<{ workspace: WorkspaceDetail }>(apiPaths.workspace(workspaceId))
  const plans = workspace.scenarios
    .filter((s) => s.id !== editedScenarioId && s.latestVersion > 0)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, MAX_SAVED_PLANS)
  const ids = await Promise.all(plans.map((s) => snapshotOf(workspaceId, s.id, s.latestVersion)))
  return ids.filter((id): id is string => id !== null)
}

function snapshotOf(workspaceId: string, scenarioId: string, version: number): Promise<string | null> {
  const key = `${workspaceId}/${scenarioId}/${version}`
  let request = snapshotOfVersion.get(key)
  if (!request) {
    request = requestJson<{ version: VersionRecord }>(apiPaths.version(workspaceId, scenarioId, version))
      .then(({ version: record }) => (record.ok ? storeSnapshot(record.scenario) : null))
      .catch(() => {
        snapshotOfVersion.delete(key)
        return null
      })
    snapshotOfVersion.set(key, request)
  }
  return request
}
