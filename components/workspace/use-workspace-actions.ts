'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useDashboardStoreApi } from '@/components/store/dashboard-store'
import type { StoredProblem, SaveConflict, ScenarioSummary } from '@/server/workspaces/types'
import { ApiError } from './api-client'
import { fingerprintScenario } from './scenario-fingerprint'
import { fetchVersion } from './use-workspace-queries'
import { useCreateScenario, useRestoreVersion, useSaveScenario } from './use-workspace-mutations'
import { useWorkspaceLink } from './workspace-link-store'
import { conflictFacts } from './conflict-facts'
import { describeProblem } from './describe-problem'
import { useWorkspaceWords } from './use-workspace-words'

/** 16 random bytes as base64url: names one save attempt so its retries cannot save twice. */
function newClientSaveId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

type OpenOutcome = { ok: true } | { ok: false; problem: StoredProblem | null; message: string }

/**
 * What the panel does to the dashboard: save its scenario (as a new scenario or the next version),
 * open a stored version into it, restore an old version. Keeps this tab's link (scenario + base
 * version) in step, and turns a 409 into the conflict notice while linking to the kept copy.
 */
export function useWorkspaceActions() {
  const dashboard = useDashboardStoreApi()
  const client = useQueryClient()
  const { w, locale } = useWorkspaceWords()
  const save = useSaveScenario()
  const create = useCreateScenario()
  const restore = useRestoreVersion()

  const saveVersion = useCallback(() => {
    const { link } = useWorkspaceLink.getState()
    if (!link) return
    const scenario = dashboard.getState().scenario
    save.mutate(
      { workspaceId: link.workspaceId, scenarioId: link.scenarioId, baseVersion: link.version, scenario, clientSaveId: newClientSaveId() },
      {
        onSuccess: (result) => {
          useWorkspaceLink.setState({ link: { ...link, version: result.version, fingerprint: fingerprintScenario(scenario) }, conflict: null })
          dashboard.getState().notify({ kind: 'info', text: w('savedNotice', { name: link.scenarioName, version: result.version }) })
        },
        onError: (error) => {
          const conflict: SaveConflict | null = error instanceof ApiError ? error.conflict : null
          if (!conflict) return
          // The work is stored as version 1 of the copy: edit that from now on, so nothing collides again.
          useWorkspaceLink.setState({
            link: { workspaceId: link.workspaceId, scenarioId: conflict.saved.scenarioId, scenarioName: conflict.saved.name, version: conflict.saved.version, fingerprint: fingerprintScenario(scenario) },
            conflict,
          })
          // Also in the notice bar, so the message outlives the drawer being closed.
          dashboard.getState().notify({ kind: 'error', text: w('conflictText', conflictFacts(conflict)) })
        },
      },
    )
  }, [dashboard, save, w])

  const saveAsNew = useCallback(
    async (workspaceId: string, name: string): Promise<boolean> => {
      const scenario = dashboard.getState().scenario
      try {
        const created = await create.mutateAsync({ workspaceId, name, scenario })
        useWorkspaceLink.setState({
          link: { workspaceId, scenarioId: created.id, scenarioName: created.name, version: created.latestVersion, fingerprint: fingerprintScenario(scenario) },
          conflict: null,
        })
        dashboard.getState().notify({ kind: 'info', text: w('savedNotice', { name: created.name, version: created.latestVersion }) })
        return true
      } catch {
        return false // the mutation's error state says why
      }
    },
    [create, dashboard, w],
  )

  /** Loads a stored version into the dashboard and links to it; a version that no longer fits the model is reported. */
  const openVersion = useCallback(
    async (workspaceId: string, workspaceName: string, scenario: Pick<ScenarioSummary, 'id' | 'name'>, version: number): Promise<OpenOutcome> => {
      try {
        const record = await fetchVersion(client, workspaceId, scenario.id, version)
        if (!record.ok) return { ok: false, problem: record.problem, message: record.problem.message }
        dashboard.getState().replaceScenario(record.scenario, null)
        useWorkspaceLink.setState({
          link: { workspaceId, scenarioId: scenario.id, scenarioName: record.scenarioName, version: record.version, fingerprint: fingerprintScenario(record.scenario) },
          conflict: null,
        })
        dashboard.getState().notify({ kind: 'info', text: w('openedNotice', { name: record.scenarioName, version: record.version, workspace: workspaceName }) })
        return { ok: true }
      } catch (error) {
        return { ok: false, problem: null, message: describeProblem(w, locale, error as Error) }
      }
    },
    [client, dashboard, w],
  )

  const restoreVersion = useCallback(
    async (workspaceId: string, workspaceName: string, scenario: Pick<ScenarioSummary, 'id' | 'name'>, version: number): Promise<OpenOutcome> => {
      try {
        const restored = await restore.mutateAsync({ workspaceId, scenarioId: scenario.id, version })
        const opened = await openVersion(workspaceId, workspaceName, scenario, restored.version)
        if (opened.ok) dashboard.getState().notify({ kind: 'info', text: w('restoredNotice', { name: scenario.name, from: version, version: restored.version }) })
        return opened
      } catch (error) {
        return { ok: false, problem: null, message: describeProblem(w, locale, error as Error) }
      }
    },
    [dashboard, openVersion, restore, w],
  )

  return { save, create, restore, saveVersion, saveAsNew, openVersion, restoreVersion }
}
