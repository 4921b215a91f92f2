import { z } from 'zod'
import { getWorkspace, renameWorkspace } from '@/server/workspaces'
import { HttpError, handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { WorkspaceNameSchema } from '@/server/workspaces/inputs'

type Context = { params: Promise<{ workspaceId: string }> }

/** GET → { workspace } with its scenarios and their latest version numbers; 404 if unknown. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const { workspaceId } = await params
  const workspace = await getWorkspace(workspaceId)
  if (!workspace) throw new HttpError(404, { code: 'server.no-workspace', params: { id: workspaceId } })
  return json({ workspace })
})

const RenameBody = z.strictObject({ name: WorkspaceNameSchema })

/** PATCH { name } → { workspace }. */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const { workspaceId } = await params
  const { name } = await readJsonBody(request, RenameBody)
  return json({ workspace: await renameWorkspace(workspaceId, name) })
})
