import { z } from 'zod'
import { describeIssues, summariseIssues } from './parse-errors'
import { parseScenario } from './parse-scenario'
import type { Scenario } from './scenario'

/**
 * What the dashboard autosaves: the scenario, the preset it started from, and when. This numbers
 * the envelope only; the scenario inside carries its own model version and is migrated on reading.
 */
export const SAVED_STATE_VERSION = 1

const EnvelopeSchema = z.object({
  version: z.number(),
  savedAt: z.string(),
  presetId: z.string().nullable(),
  scenario: z.unknown(),
})

export type SavedState = { version: number; savedAt: string; presetId: string | null; scenario: Scenario }

export function serialiseSavedState(scenario: Scenario, presetId: string | null, savedAt: string): string {
  return JSON.stringify({ version: SAVED_STATE_VERSION, savedAt, presetId, scenario })
}

/** Never throws: a corrupted, foreign or newer saved state comes back as a sentence to show. */
export function parseSavedState(text: string): { ok: true; value: SavedState } | { ok: false; message: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The saved work in this browser is corrupted and was ignored.' }
  }
  const envelope = EnvelopeSchema.safeParse(data)
  if (!envelope.success) return { ok: false, message: `The saved work in this browser is not an ArchDeck save (${summariseIssues(describeIssues(envelope.error), 2)}) and was ignored.` }
  if (envelope.data.version !== SAVED_STATE_VERSION)
    return { ok: false, message: `The saved work comes from a different ArchDeck version (save format ${envelope.data.version}, expected ${SAVED_STATE_VERSION}) and was ignored.` }
  const scenario = parseScenario(envelope.data.scenario)
  if (!scenario.ok && scenario.kind === 'version')
    return { ok: false, message: `The saved work in this browser ${scenario.errors[0]!.message}, and was ignored.` }
  if (!scenario.ok) return { ok: false, message: `The saved work no longer fits the model (${summariseIssues(scenario.errors, 2)}) and was ignored.` }
  return { ok: true, value: { ...envelope.data, scenario: scenario.value } }
}
