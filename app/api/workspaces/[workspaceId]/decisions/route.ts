import { z } from 'zod'
import { getWorkspace, listDecisions, recordDecision } from '@/server/workspaces'
import { HttpError, handleRoute, json, readJsonBody } from '@/server/workspaces/http'

type Context = { params: Promise<{ workspaceId: string }> }

/** GET → { decisions, problems } in number order. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const { workspaceId } = await params
  if (!(await getWorkspace(workspaceId))) throw new HttpError(404, { code: 'server.no-workspace', params: { id: workspaceId } })
  return json(await listDecisions(workspaceId))
})

/** POST DecisionInput (lib/decisions/types.ts) → 201 { decision } numbered next in the workspace. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const { workspaceId } = await params
  const body = await readJsonBody(request, z.unknown())
  return json({ decision: await recordDecision(workspaceId, body) }, 201)
})
