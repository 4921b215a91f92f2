import type { Reason } from '../../explain/reason'
import type { AdviceGoal } from '../../advise/types'

/** The advisor's state as the status line says it (the `data-state` of `advisor-status`). */
export type AdvisorState = 'idle' | 'running' | 'done' | 'error'
/** A figure the preview sets against the current design's. */
export type AdvisorFigure = 'cost' | 'coverage' | 'p95'

/**
 * What the Advisor tab (components/advisor) says around the engine's figures and reasons: the
 * goals form, the status line, the frontier chart and its table, the preview and Apply. Keys of the
 * `advisor-ui` namespace; lib/i18n/catalog/<language>/advisor-ui.ts words them. Money, percentages
 * and durations arrive formatted; counts arrive raw for plurals.
 */
type Ui<Code extends string, Params extends object = Record<string, never>> = Reason<`advisor-ui.${Code}`, Params>

export type AdvisorUiReason =
  | Ui<'title'>
  | Ui<'question'>
  // The goals.
  | Ui<'goals.title'>
  | Ui<'goals.budget'>
  | Ui<'goals.peak-budget', { peak: string }>
  | Ui<'goals.max-rto'>
  | Ui<'goals.max-rpo'>
  | Ui<'goals.no-bound'>
  | Ui<'goals.sla'>
  | Ui<'goals.coverage'>
  | Ui<'goals.must-be-auto'>
  | Ui<'goals.no-high'>
  | Ui<'goals.reset'>
  // The status line.
  | Ui<'status', { state: AdvisorState }>
  | Ui<'status.done', { examined: number; elapsed: string }>
  | Ui<'status.no-worker'>
  | Ui<'fixed.title'>
  | Ui<'fixed.item', { lever: string; why: string }>
  // The frontier chart and its table.
  | Ui<'frontier.title'>
  | Ui<'frontier.subtitle'>
  | Ui<'frontier.summary', { count: number; cheapest: string; dearest: string }>
  | Ui<'frontier.empty'>
  | Ui<'axis.cost'>
  | Ui<'axis.coverage'>
  | Ui<'legend.within-sla'>
  | Ui<'legend.over-sla'>
  | Ui<'legend.current'>
  | Ui<'legend.previewed'>
  | Ui<'tip.cost', { krw: string; usd: string }>
  | Ui<'tip.coverage', { coverage: string }>
  | Ui<'tip.p95', { p95: string }>
  | Ui<'tip.changes', { count: number }>
  | Ui<'tip.current'>
  | Ui<'table.caption'>
  | Ui<'column', { column: 'rank' | 'cost' | 'coverage' | 'p95' | 'changes' | 'goals' | 'preview' }>
  | Ui<'meets-all'>
  | Ui<'goal', { goal: AdviceGoal }>
  | Ui<'preview-button', { rank: number }>
  | Ui<'preview-closest-button', { rank: number }>
  | Ui<'closest.caption'>
  | Ui<'previewing'>
  // The answer and the preview.
  | Ui<'answer.best', { krw: string }>
  | Ui<'answer.none-meets', { closest: number }>
  | Ui<'answer.closest-title'>
  | Ui<'preview.title.best'>
  | Ui<'preview.title.frontier', { rank: number }>
  | Ui<'preview.title.closest', { rank: number }>
  | Ui<'preview.figure', { figure: AdvisorFigure }>
  | Ui<'preview.this-design'>
  | Ui<'preview.current-design'>
  | Ui<'preview.difference'>
  | Ui<'preview.same'>
  | Ui<'delta.coverage', { delta: string }>
  | Ui<'preview.goals'>
  | Ui<'preview.meets', { goal: AdviceGoal }>
  | Ui<'preview.misses', { goal: AdviceGoal; by: string }>
  | Ui<'preview.changes'>
  | Ui<'preview.no-changes'>
  | Ui<'preview.change', { label: string; from: string; to: string; effects: string[] }>
  | Ui<'preview.lower-bound'>
  | Ui<'apply'>
  | Ui<'apply-hint'>
