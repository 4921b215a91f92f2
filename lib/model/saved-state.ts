import { z } from 'zod'
import { describeModelIssue } from './model-issue-english'
import type { SavedStateIssue } from './model-issues'
import { describeIssues, listProblems } from './parse-errors'
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

export type SavedStateRefusal = { ok: false; reason: SavedStateIssue; message: string }

/** Never throws: a corrupted, foreign or newer saved state comes back as a reason to show (`message`: its English). */
export function parseSavedState(text: string): { ok: true; value: SavedState } | SavedStateRefusal {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse({ code: 'model.saved.corrupted', params: {} })
  }
  const envelope = EnvelopeSchema.safeParse(data)
  if (!envelope.success) return refuse({ code: 'model.saved.not-a-save', params: listProblems(describeIssues(envelope.error), 2) })
  if (envelope.data.version !== SAVED_STATE_VERSION)
    return refuse({ code: 'model.saved.other-version', params: { found: envelope.data.version, expected: SAVED_STATE_VERSION } })
  const scenario = parseScenario(envelope.data.scenario)
  if (!scenario.ok && scenario.kind === 'version') return refuse({ code: 'model.saved.unreadable-version', params: { problem: scenario.errors[0]! } })
  if (!scenario.ok) return refuse({ code: 'model.saved.does-not-fit', params: listProblems(scenario.errors, 2) })
  return { ok: true, value: { ...envelope.data, scenario: scenario.value } }
}

function refuse(reason: SavedStateIssue): SavedStateRefusal {
  return { ok: false, reason, message: describeModelIssue(reason) }
}
