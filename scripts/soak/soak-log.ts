/**
 * What the soak remembers of its writes, and what it reads back from the store at the end. Plain
 * data, so the verifier (verify.ts) is a pure function of the two.
 */

type WriteKind = 'create' | 'save' | 'restore' | 'decision'

/** A 2xx answer (or a 409 naming the conflict copy that kept the work): the server vouched for it. */
export type Ack =
  | { type: 'version'; scenarioId: string; version: number }
  | { type: 'conflict-copy'; scenarioId: string; version: number }
  | { type: 'decision'; decisionId: string; number: number }

export type WriteAttempt = {
  /** Unique per run; a scenario's budget carries it as its mark, so a stored version names its write. */
  id: number
  kind: WriteKind
  workspaceId: string
  /** The scenario written to (create: known once answered). */
  scenarioId?: string
  /** create/save: the mark and the fingerprint of the scenario sent. */
  mark?: number
  fingerprint?: string
  baseVersion?: number
  clientSaveId?: string
  /** restore: the version copied. */
  restoredFrom?: number
  /** decision: its title, unique per attempt. */
  title?: string
  /** Requests sent for this write; more than one means it was retried with the same clientSaveId. */
  sends: number
  /** Sends whose connection died before an answer (the server was killed or down). */
  cut: number
  /** Every acknowledging answer; a retry after an acknowledged send must get the same one. */
  acks: Ack[]
}

export type StoredVersion = {
  version: number
  source: string
  basedOn: number | null
  /** null when the stored version could not be read back as a scenario. */
  fingerprint: string | null
  mark: number | null
}

export type StoredScenario = { id: string; workspaceId: string; name: string; latestVersion: number; copiedFromId: string | null; versions: StoredVersion[] }

export type StoredDecision = { workspaceId: string; number: number; id: string; title: string }

/** Everything the soak's workspaces hold after the last restart, as the API returns it. */
export type StoreListing = {
  workspaceIds: string[]
  scenarios: StoredScenario[]
  decisions: StoredDecision[]
  /** Stored decisions the server reports as unreadable: one sentence each. */
  decisionProblems: string[]
}
