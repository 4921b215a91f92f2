import { restoreVersion } from '@/server/workspaces'
import { handleRoute, json, parseVersionParam, requireScenario } from '@/server/workspaces/http'

type Context = { params: Promise<{ workspaceId: string; scenarioId: string; version: string }> }

/** POST (no body) → 201 { scenarioId, version: the new latest, restoredFrom }; 422 if that version no longer fits the model. */
export const POST = handleRoute(async (_request: Request, { params }: Context) => {
  const { workspaceId, scenarioId, version } = await params
  await requireScenario(workspaceId, scenarioId)
  return json(await restoreVersion(scenarioId, parseVersionParam(version)), 201)
})
