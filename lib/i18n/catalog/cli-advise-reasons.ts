import type { Reason } from '../../explain/reason'

/**
 * The words of `archdeck advise`'s text output (cli/advise/advice-text.ts) around what the compare
 * catalog says of each change and the advise catalog says of each miss: headings, the goals, a
 * design's figures, the frontier table. Keys of the `cli-advise` namespace; `--lang ko` words them
 * in Korean. Figures arrive raw (KRW, USD, a share 0..1, ms); the messages format them.
 */
type Line<Code extends string, Params extends object = Record<string, never>> = Reason<`cli-advise.${Code}`, Params>

/** A column of the frontier table. */
export type FrontierColumn = 'rank' | 'monthly-krw' | 'monthly-usd' | 'coverage' | 'p95' | 'changes' | 'misses'

export type AdviceGoalName = 'budget' | 'sla' | 'recovery' | 'security'

export type CliAdviseReason =
  | Line<'title', { source: string }>
  | Line<'goals', { budgetKrw: number; peakBudgetKrw: number; slaP95Ms: number; minCoverage: number; mustBeAuto: string[]; maxRtoMinutes: number | null; maxRpoMinutes: number | null; noHighFindings: boolean }>
  | Line<'best'>
  | Line<'none-meets', { closest: number }>
  | Line<'figures', { monthlyKrw: number; monthlyUsd: number; complete: boolean; coverage: number; p95Ms: number | null }>
  | Line<'misses', { misses: string[] }>
  | Line<'no-changes'>
  | Line<'change', { label: string; from: string; to: string; effects: string[] }>
  | Line<'frontier', { count: number }>
  | Line<'column', { column: FrontierColumn }>
  | Line<'goal', { goal: AdviceGoalName }>
  | Line<'meets-all'>
  | Line<'frontier-changes', { rank: number }>
  | Line<'examined', { examined: number }>
  | Line<'fixed', { lever: string; why: string }>
