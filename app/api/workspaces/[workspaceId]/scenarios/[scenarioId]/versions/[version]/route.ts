import { getVersion } from '@/server/workspaces'
import { HttpError, handleRoute, json, parseVersionParam, requireScenario } from '@/server/workspaces/http'

type Context = { params: Promise<{ workspaceId: string; scenarioId: string; version: string }> }

/**
 * GET → { version } with `ok: true, scenario` (validated, migrated), or `ok: false, problem` when
 * the stored version no longer fits the model: the page shows the sentence instead of crashing.
 */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const { workspaceId, scenarioId, version } = await params
  const scenario = await requireScenario(workspaceId, scenarioId)
  const record = await getVersion(scenarioId, parseVersionParam(version))
  if (!record) throw new HttpError(404, { code: 'server.no-version', params: { name: scenario.name, version: parseVersionParam(version) } })
  return json({ version: record })
})
