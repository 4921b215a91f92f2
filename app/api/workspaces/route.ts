import { z } from 'zod'
import { createWorkspace } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { WorkspaceNameSchema } from '@/server/workspaces/inputs'

// No GET: a workspace id is the key to it, so no address lists them (405 with Allow: OPTIONS, POST,
// from proxy.ts). Each browser keeps the workspaces it created or opened. docs/decisions/009.

const CreateBody = z.strictObject({ name: WorkspaceNameSchema })

/** POST { name } → 201 { workspace }; its id (128 random bits) is the only way back to it. */
export const POST = handleRoute(async (request: Request) => {
  const { name } = await readJsonBody(request, CreateBody)
  return json({ workspace: await createWorkspace(name) }, 201)
})
