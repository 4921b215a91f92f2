import { z } from 'zod'
import { listVersions, saveScenarioVersion } from '@/server/workspaces'
import { handleRoute, json, readJsonBody, requireScenario } from '@/server/workspaces/http'
import { VersionNumberSchema } from '@/server/workspaces/inputs'

type Context = { params: Promise<{ workspaceId: string; scenarioId: string }> }

/** GET → { scenario, versions } newest first. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const { workspaceId, scenarioId } = await params
  const scenario = await requireScenario(workspaceId, scenarioId)
  return json({ scenario, versions: (await listVersions(scenarioId)) ?? [] })
})

const SaveBody = z.strictObject({ baseVersion: VersionNumberSchema, scenario: z.unknown(), clientSaveId: z.string().max(200).optional() })

/**
 * POST { baseVersion, scenario, clientSaveId? } → 201 { scenarioId, version }, or 409 { error,
 * conflict } when someone saved after baseVersion: the work was kept as a "(conflict copy)".
 */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const { workspaceId, scenarioId } = await params
  const body = await readJsonBody(request, SaveBody)
  await requireScenario(workspaceId, scenarioId)
  const result = await saveScenarioVersion(scenarioId, body)
  if (!result.ok) return json({ error: result.conflict.message, conflict: result.conflict }, 409)
  return json(result, 201)
})
