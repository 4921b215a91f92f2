import { z } from 'zod'
import { createShare } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { VersionNumberSchema } from '@/server/workspaces/inputs'

const ShareBody = z.strictObject({ workspaceId: z.string().min(1).max(100), scenarioId: z.string().min(1).max(100), version: VersionNumberSchema })

/**
 * POST { workspaceId, scenarioId, version } → 201 { id, path: "/s/<id>" }, a read-only link to that
 * version. Only a holder of the workspace id may share from it: a scenario of another workspace,
 * or a share id passed as either id, is 404.
 */
export const POST = handleRoute(async (request: Request) => {
  const { workspaceId, scenarioId, version } = await readJsonBody(request, ShareBody)
  return json(await createShare(workspaceId, scenarioId, version), 201)
})
