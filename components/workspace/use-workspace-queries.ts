'use client'

import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { DecisionLog, ScenarioRef, VersionMeta, VersionRecord, WorkspaceDetail } from '@/server/workspaces/types'
import { apiPaths, isRetryable, requestJson } from './api-client'

/** Query keys of the workspace API; mutations invalidate by prefix. */
export const workspaceKeys = {
  all: ['workspaces'] as const,
  detail: (workspaceId: string) => [...workspaceKeys.all, 'detail', workspaceId] as const,
  versions: (workspaceId: string, scenarioId: string) => [...workspaceKeys.all, 'versions', workspaceId, scenarioId] as const,
  version: (workspaceId: string, scenarioId: string, version: number) => [...workspaceKeys.all, 'version', workspaceId, scenarioId, version] as const,
  decisions: (workspaceId: string) => [...workspaceKeys.all, 'decisions', workspaceId] as const,
}

/**
 * GETs retry network and server failures three times with backoff (1 s, 2 s, 4 s), never a 4xx.
 * Lists go stale after 2 s so another tab's saves show up when this one regains focus.
 */
const READ_OPTIONS = {
  retry: (failures: number, error: Error) => isRetryable(error) && failures < 3,
  retryDelay: (attempt: number) => Math.min(1000 * 2 ** attempt, 8000),
  staleTime: 2_000,
}

/** One workspace by its id (the only way to reach it: no address lists them). */
export function workspaceQuery(workspaceId: string) {
  return {
    queryKey: workspaceKeys.detail(workspaceId),
    queryFn: () => requestJson<{ workspace: WorkspaceDetail }>(apiPaths.workspace(workspaceId)).then((d) => d.workspace),
    ...READ_OPTIONS,
  }
}

export function useWorkspace(workspaceId: string | null) {
  return useQuery({ ...workspaceQuery(workspaceId ?? ''), enabled: workspaceId !== null })
}

export function useVersions(workspaceId: string, scenarioId: string, enabled = true) {
  return useQuery({
    queryKey: workspaceKeys.versions(workspaceId, scenarioId),
    queryFn: () => requestJson<{ scenario: ScenarioRef; versions: VersionMeta[] }>(apiPaths.versions(workspaceId, scenarioId)).then((d) => d.versions),
    enabled,
    ...READ_OPTIONS,
  })
}

/** A stored version never changes, so once read it is kept. */
function versionQuery(workspaceId: string, scenarioId: string, version: number) {
  return {
    queryKey: workspaceKeys.version(workspaceId, scenarioId, version),
    queryFn: () => requestJson<{ version: VersionRecord }>(apiPaths.version(workspaceId, scenarioId, version)).then((d) => d.version),
    ...READ_OPTIONS,
    staleTime: Infinity,
  }
}

export function useVersion(workspaceId: string, scenarioId: string, version: number, enabled = true) {
  return useQuery({ ...versionQuery(workspaceId, scenarioId, version), enabled })
}

export function fetchVersion(client: QueryClient, workspaceId: string, scenarioId: string, version: number): Promise<VersionRecord> {
  return client.fetchQuery(versionQuery(workspaceId, scenarioId, version))
}

export function useDecisions(workspaceId: string | null) {
  return useQuery({
    queryKey: workspaceKeys.decisions(workspaceId ?? ''),
    queryFn: () => requestJson<DecisionLog>(apiPaths.decisions(workspaceId!)),
    enabled: workspaceId !== null,
    ...READ_OPTIONS,
  })
}
