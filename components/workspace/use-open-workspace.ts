'use client'

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useKnownWorkspaces } from './known-workspaces-store'
import { workspaceQuery } from './use-workspace-queries'
import { useWorkspaceLink } from './workspace-link-store'

/**
 * Opens a workspace by its id (from a pasted link or a `#ws=` address): reads it once to check it
 * exists, then adds it to this browser's list and selects it. A 404 stays an error for the form.
 */
export function useOpenWorkspace() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (workspaceId: string) => client.fetchQuery(workspaceQuery(workspaceId)),
    onSuccess: (workspace) => {
      useKnownWorkspaces.getState().remember({ id: workspace.id, name: workspace.name })
      useWorkspaceLink.getState().selectWorkspace(workspace.id)
    },
  })
}
