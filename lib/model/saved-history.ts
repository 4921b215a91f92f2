import { z } from 'zod'
import type { FieldError } from './model-issues'
import { parseScenario } from './parse-scenario'
import type { Scenario } from './scenario'

/**
 * The undo history the dashboard keeps beside its autosave (saved-state.ts), so undo survives a
 * reload. Numbers the envelope only; each scenario inside carries its model version and is migrated
 * on reading, as the autosave's is.
 */
export const SAVED_HISTORY_VERSION = 1

/** About 2 MB of text: with the autosave it stays well inside a browser's 5 MB of localStorage. */
export const SAVED_HISTORY_MAX_CHARS = 2_000_000

/**
 * One step: the work before it (or after it, for redo) and what the step did. Saved as
 * `{ version, workSavedAt, past, future }`: `past` oldest first (its last entry is the next undo),
 * `future` farthest first (its last entry is the next redo), `workSavedAt` the `savedAt` of the
 * autosave it belongs to.
 */
export type HistoryEntry<Step extends string> = { step: Step; presetId: string | null; scenario: Scenario }

export type SavedHistoryRefusal = { ok: false; why: 'corrupted' | 'not-a-history' | 'other-version' | 'entry-does-not-fit'; errors: FieldError[] }

const EnvelopeSchema = z.object({
  version: z.number(),
  workSavedAt: z.string(),
  past: z.array(z.unknown()),
  future: z.array(z.unknown()),
})

const EntrySchema = z.object({ step: z.string(), presetId: z.string().nullable(), scenario: z.unknown() })

/** A scenario's JSON, written once: scenarios are immutable, and most entries stay for many saves. */
const scenarioJson = new WeakMap<Scenario, string>()

function entryJson(entry: HistoryEntry<string>): string {
  let scenario = scenarioJson.get(entry.scenario)
  if (scenario === undefined) {
    scenario = JSON.stringify(entry.scenario)
    scenarioJson.set(entry.scenario, scenario)
  }
  return `{"step":${JSON.stringify(entry.step)},"presetId":${JSON.stringify(entry.presetId)},"scenario":${scenario}}`
}

/**
 * The history as text of at most `maxChars`: the oldest undo steps go first, then the farthest redo
 * steps, until it fits.
 * serialiseSavedHistory({ past: [a], future: [] }, '2026-12-06T07:00:00.000Z') → '{"version":1,"workSavedAt":…,"past":[{…}],"future":[]}'
 */
export function serialiseSavedHistory<Step extends string>(
  history: { past: readonly HistoryEntry<Step>[]; future: readonly HistoryEntry<Step>[] },
  workSavedAt: string,
  maxChars = SAVED_HISTORY_MAX_CHARS,
): string {
  const past = history.past.map(entryJson)
  const future = history.future.map(entryJson)
  const head = `{"version":${SAVED_HISTORY_VERSION},"workSavedAt":${JSON.stringify(workSavedAt)},"past":[`
  // Each entry costs its length plus a comma (one too many per list: the size is an upper bound).
  let size = head.length + '],"future":[]}'.length + [...past, ...future].reduce((sum, text) => sum + text.length + 1, 0)
  let oldestPast = 0
  let farthestFuture = 0
  while (size > maxChars && oldestPast < past.length) size -= past[oldestPast++]!.length + 1
  while (size > maxChars && farthestFuture < future.length) size -= future[farthestFuture++]!.length + 1
  return `${head}${past.slice(oldestPast).join(',')}],"future":[${future.slice(farthestFuture).join(',')}]}`
}

/** A saved history whose envelope was read; its entries are read one by one (readSavedHistoryEntry). */
export type OpenedHistory = { workSavedAt: string; past: unknown[]; future: unknown[] }

/** Never throws: the envelope of a saved history, or why it cannot be read. */
export function openSavedHistory(text: string): { ok: true; value: OpenedHistory } | SavedHistoryRefusal {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, why: 'corrupted', errors: [] }
  }
  const envelope = EnvelopeSchema.safeParse(data)
  if (!envelope.success) return { ok: false, why: 'not-a-history', errors: [] }
  if (envelope.data.version !== SAVED_HISTORY_VERSION) return { ok: false, why: 'other-version', errors: [] }
  const { workSavedAt, past, future } = envelope.data
  return { ok: true, value: { workSavedAt, past, future } }
}

/**
 * Never throws. One entry, validated (and migrated) like any saved scenario; `isStep` checks the
 * step names this ArchDeck knows. About a millisecond for a preset, 30 for the largest design the
 * model allows: a caller reading a hundred may spread them over idle time.
 */
export function readSavedHistoryEntry<Step extends string>(item: unknown, isStep: (step: string) => step is Step): { ok: true; value: HistoryEntry<Step> } | SavedHistoryRefusal {
  const entry = EntrySchema.safeParse(item)
  if (!entry.success || !isStep(entry.data.step)) return { ok: false, why: 'not-a-history', errors: [] }
  const scenario = parseScenario(entry.data.scenario)
  if (!scenario.ok) return { ok: false, why: 'entry-does-not-fit', errors: scenario.errors }
  return { ok: true, value: { step: entry.data.step, presetId: entry.data.presetId, scenario: scenario.value } }
}
