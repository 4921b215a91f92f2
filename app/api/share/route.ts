import { z } from 'zod'
import { createShare } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { VersionNumberSchema } from '@/server/workspaces/inputs'

const ShareBody = z.strictObject({ scenarioId: z.string().min(1).max(100), version: VersionNumberSchema })

/** POST { scenarioId, version } → 201 { id, path: "/s/<id>" }, a read-only link to that version. */
export const POST = handleRoute(async (request: Request) => {
  const { scenarioId, version } = await readJsonBody(request, ShareBody)
  return json(await createShare(scenarioId, version), 201)
})
