import { z } from 'zod'
import { createWorkspace, listWorkspaces } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { WorkspaceNameSchema } from '@/server/workspaces/inputs'

/** GET: every workspace, most recently used first. */
export const GET = handleRoute(async () => json({ workspaces: await listWorkspaces() }))

const CreateBody = z.strictObject({ name: WorkspaceNameSchema })

/** POST { name } → 201 { workspace }. */
export const POST = handleRoute(async (request: Request) => {
  const { name } = await readJsonBody(request, CreateBody)
  return json({ workspace: await createWorkspace(name) }, 201)
})
