import { findScenario } from '../scenarios'
import type { ScenarioRef } from '../types'
import { HttpError } from './http-error'

/** The scenario in the path, only if it belongs to the workspace in the path (else 404). */
export async function requireScenario(workspaceId: string, scenarioId: string): Promise<ScenarioRef> {
  const scenario = await findScenario(scenarioId)
  if (!scenario || scenario.workspaceId !== workspaceId) throw new HttpError(404, { code: 'server.no-scenario', params: { id: scenarioId } })
  return scenario
}

/** `/versions/3` → 3; anything but a positive integer is an unknown version (404). */
export function parseVersionParam(param: string): number {
  const version = /^[1-9]\d{0,8}$/.test(param) ? Number(param) : NaN
  if (!Number.isSafeInteger(version)) throw new HttpError(404, { code: 'server.not-a-version', params: { param } })
  return version
}
