import { z } from 'zod'
import { createShare } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'

const ShareBody = z.strictObject({ scenarioId: z.string().min(1).max(100), version: z.number().int().min(1) })

/** POST { scenarioId, version } → 201 { id, path: "/s/<id>" }, a read-only link to that version. */
export const POST = handleRoute(async (request: Request) => {
  const { scenarioId, version } = await readJsonBody(request, ShareBody)
  return json(await createShare(scenarioId, version), 201)
})
