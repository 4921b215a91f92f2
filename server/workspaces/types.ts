import type { Decision } from '@/lib/decisions/types'
import type { FieldError, Scenario } from '@/lib/model'

/**
 * What the repository returns and the API sends. Plain JSON (dates as ISO strings), imported as
 * types by the client (components/workspace), so nothing here may pull in server code.
 */

export type VersionSource = 'create' | 'save' | 'restore' | 'conflict-copy'

export type WorkspaceSummary = { id: string; name: string; scenarioCount: number; createdAt: string; updatedAt: string }

export type ScenarioSummary = {
  id: string
  name: string
  latestVersion: number
  /** Set on a "(conflict copy)": the scenario whose newer version the save collided with. */
  copiedFromId: string | null
  createdAt: string
  updatedAt: string
}

/** A scenario with the workspace it belongs to. */
export type ScenarioRef = ScenarioSummary & { workspaceId: string }

export type WorkspaceDetail = { id: string; name: string; createdAt: string; updatedAt: string; scenarios: ScenarioSummary[] }

export type VersionMeta = {
  scenarioId: string
  version: number
  /** CONFIG_SCHEMA_VERSION when it was written. */
  schemaVersion: number
  source: VersionSource
  /** The version a save started from, or the one a restore copied. */
  basedOn: number | null
  createdAt: string
}

/** A stored payload that no longer fits the model: reported, never thrown. */
export type StoredProblem = { scenarioId: string; scenarioName: string; version: number; message: string; errors: FieldError[] }

export type VersionRecord = VersionMeta & { scenarioName: string } & ({ ok: true; scenario: Scenario } | { ok: false; problem: StoredProblem })

export type SaveConflict = {
  scenarioId: string
  scenarioName: string
  /** The version the editor started from. */
  yourVersion: number
  /** The version someone else saved meanwhile (the scenario's latest, left untouched). */
  latestVersion: number
  latest: Scenario | null
  /** Set (and `latest` null) when the latest stored version itself no longer fits the model. */
  latestProblem: StoredProblem | null
  /** Where the incoming work went: version 1 of a new scenario "<name> (conflict copy)". */
  saved: { scenarioId: string; name: string; version: number }
  /** One sentence for the user, saying where their work is. */
  message: string
}

export type SaveResult = { ok: true; scenarioId: string; version: number } | { ok: false; conflict: SaveConflict }

type DecisionProblem = { decisionId: string; number: number; message: string; errors: FieldError[] }

export type DecisionLog = { decisions: Decision[]; problems: DecisionProblem[] }

export type SharedVersion = { scenario: Scenario; name: string; version: number; workspaceName: string }
