'use client'

import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Decision, DecisionRequest } from '@/lib/decisions/types'
import type { Scenario } from '@/lib/model'
import type { ScenarioSummary, WorkspaceDetail, WorkspaceSummary } from '@/server/workspaces/types'
import { apiPaths, isRetryable, requestJson } from './api-client'
import { useKnownWorkspaces } from './known-workspaces-store'
import { workspaceKeys } from './use-workspace-queries'

/**
 * Writes to the workspace API. Saves and creations show at once (optimistic) and roll back on a
 * refusal; only a save is retried on network or server failure, because its clientSaveId makes
 * a retry answer like the first attempt instead of saving twice.
 */

const now = () => new Date().toISOString()

function refreshWorkspace(client: QueryClient, workspaceId: string) {
  return client.invalidateQueries({ queryKey: workspaceKeys.detail(workspaceId) })
}

/** Creates a workspace and adds it to this browser's list: its id is the only way back to it. */
export function useCreateWorkspace() {
  return useMutation({
    mutationFn: (name: string) => requestJson<{ workspace: WorkspaceSummary }>(apiPaths.workspaces(), { method: 'POST', body: { name } }).then((d) => d.workspace),
    onSuccess: (created) => useKnownWorkspaces.getState().remember(created),
  })
}

/** Optimistically edits one workspace's scenario list; returns the snapshot to roll back to. */
async function patchScenarios(client: QueryClient, workspaceId: string, edit: (scenarios: ScenarioSummary[]) => ScenarioSummary[]) {
  const key = workspaceKeys.detail(workspaceId)
  await client.cancelQueries({ queryKey: key })
  const previous = client.getQueryData<WorkspaceDetail>(key)
  client.setQueryData<WorkspaceDetail>(key, (w) => (w ? { ...w, scenarios: edit(w.scenarios) } : w))
  return { previous }
}

type CreateScenarioVars = { workspaceId: string; name: string; scenario: Scenario }

export function useCreateScenario() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ workspaceId, name, scenario }: CreateScenarioVars) =>
      requestJson<{ scenario: ScenarioSummary }>(apiPaths.scenarios(workspaceId), { method: 'POST', body: { name, scenario } }).then((d) => d.scenario),
    onMutate: ({ workspaceId, name }) =>
      patchScenarios(client, workspaceId, (list) => [...list, { id: `pending:${name}`, name, latestVersion: 1, copiedFromId: null, createdAt: now(), updatedAt: now() }]),
    onError: (_error, { workspaceId }, context) => client.setQueryData(workspaceKeys.detail(workspaceId), context?.previous),
    onSettled: (_data, _error, { workspaceId }) => refreshWorkspace(client, workspaceId),
  })
}

type SaveVars = { workspaceId: string; scenarioId: string; baseVersion: number; scenario: Scenario; clientSaveId: string }

export function useSaveScenario() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ workspaceId, scenarioId, baseVersion, scenario, clientSaveId }: SaveVars) =>
      requestJson<{ ok: true; scenarioId: string; version: number }>(apiPaths.versions(workspaceId, scenarioId), { method: 'POST', body: { baseVersion, scenario, clientSaveId } }),
    retry: (failures, error) => isRetryable(error) && failures < 2,
    retryDelay: (attempt) => 1000 * 2 ** attempt,
    onMutate: ({ workspaceId, scenarioId, baseVersion }) =>
      patchScenarios(client, workspaceId, (list) => list.map((s) => (s.id === scenarioId ? { ...s, latestVersion: baseVersion + 1, updatedAt: now() } : s))),
    onError: (_error, { workspaceId }, context) => client.setQueryData(workspaceKeys.detail(workspaceId), context?.previous),
    onSettled: (_data, _error, { workspaceId, scenarioId }) =>
      Promise.all([refreshWorkspace(client, workspaceId), client.invalidateQueries({ queryKey: workspaceKeys.versions(workspaceId, scenarioId) })]),
  })
}

export function useRestoreVersion() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ workspaceId, scenarioId, version }: { workspaceId: string; scenarioId: string; version: number }) =>
      requestJson<{ scenarioId: string; version: number; restoredFrom: number }>(apiPaths.restore(workspaceId, scenarioId, version), { method: 'POST' }),
    onSettled: (_data, _error, { workspaceId, scenarioId }) =>
      Promise.all([refreshWorkspace(client, workspaceId), client.invalidateQueries({ queryKey: workspaceKeys.versions(workspaceId, scenarioId) })]),
  })
}

type ShareVars = { workspaceId: string; scenarioId: string; version: number }

/** Naming the workspace is what allows sharing from it (docs/decisions/009). */
export function useCreateShare() {
  return useMutation({
    mutationFn: ({ workspaceId, scenarioId, version }: ShareVars) => requestJson<{ id: string; path: string }>(apiPaths.share(), { method: 'POST', body: { workspaceId, scenarioId, version } }),
    // A second share link for the same version does no harm, so a failed attempt may be repeated.
    retry: (failures, error) => isRetryable(error) && failures < 2,
  })
}

export function useRecordDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ workspaceId, input }: { workspaceId: string; input: DecisionRequest }) =>
      requestJson<{ decision: Decision }>(apiPaths.decisions(workspaceId), { method: 'POST', body: input }).then((d) => d.decision),
    onSettled: (_data, _error, { workspaceId }) => client.invalidateQueries({ queryKey: workspaceKeys.decisions(workspaceId) }),
  })
}
