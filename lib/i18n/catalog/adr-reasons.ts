import type { Reason } from '../../explain/reason'

/**
 * What a decision record's Markdown (lib/decisions/render-adr.ts) says around the author's own
 * text: headings, the options table, the chosen plan's frozen figures and the folder's index.
 * lib/i18n/catalog/<language>/adr.ts words them; names and ids arrive already escaped for Markdown.
 */

/** lib/decisions' status and frozen figures, spelled out so the catalog does not import the decisions that import it. */
export type AdrStatus = 'proposed' | 'accepted' | 'superseded'
export type AdrFigures = {
  monthlyUsd: number
  monthlyKrw: number
  costComplete: boolean
  withinBudget: boolean
  autoRecovered: number
  scenarioCount: number
  /** null: overloaded at peak. */
  worstP95Ms: number | null
  meetsSla: boolean
  highFindings: number
}

type Say<Code extends string, Params extends object = Record<string, never>> = Reason<`adr.${Code}`, Params>

export type AdrColumn = 'option' | 'scenario' | 'usd' | 'krw' | 'budget' | 'auto' | 'p95' | 'high' | 'prices'
export type AdrIndexColumn = 'number' | 'title' | 'status' | 'date' | 'chosen'

export type AdrReason =
  | Say<'date'>
  | Say<'status'>
  | Say<'context'>
  | Say<'options'>
  | Say<'decision'>
  | Say<'consequences'>
  | Say<'status-value', { status: AdrStatus }>
  | Say<'none'>
  | Say<'column', { column: AdrColumn }>
  /** A monthly total; "at least" when some prices were unknown. */
  | Say<'money', { amount: number; currency: 'USD' | 'KRW'; complete: boolean }>
  | Say<'budget', { within: boolean; complete: boolean }>
  /** The worst peak p95 (null: overloaded) and whether it met the SLA. */
  | Say<'p95', { ms: number | null; meetsSla: boolean }>
  | Say<'chosen'>
  /** A scenario and the version the option referred to: "final v4". */
  | Say<'scenario-ref', { id: string; version: number }>
  | Say<'chosen-line', { name: string; ref: string }>
  | Say<'summary', { figures: AdrFigures }>
  | Say<'not-among-options', { id: string }>
  /** `dates` are the price catalogs' dates, already joined. */
  | Say<'frozen', { dates: string }>
  | Say<'index-title'>
  | Say<'index-column', { column: AdrIndexColumn }>
  | Say<'index-empty'>
