import { z } from 'zod'
import { createScenario } from '@/server/workspaces'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'
import { ScenarioNameSchema } from '@/server/workspaces/inputs'

type Context = { params: Promise<{ workspaceId: string }> }

const CreateBody = z.strictObject({ name: ScenarioNameSchema, scenario: z.unknown() })

/** POST { name, scenario } → 201 { scenario: summary at version 1 }; 400 field errors, 404, 409 name taken. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const { workspaceId } = await params
  const body = await readJsonBody(request, CreateBody)
  return json({ scenario: await createScenario(workspaceId, body.name, body.scenario) }, 201)
})
