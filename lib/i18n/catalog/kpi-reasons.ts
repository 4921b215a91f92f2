import type { Reason } from '../../explain/reason'

/**
 * What the KPI strip and its formula popovers say around the engines' figures: each card's value
 * and detail line as one sentence (not a row of fragments), and the popovers' headings. Keys of the
 * `kpi` namespace; lib/i18n/catalog/<language>/kpi.ts words them. Money and durations arrive
 * formatted by lib/i18n/format.ts; counts arrive raw for plurals.
 */
type Kpi<Code extends string, Params extends object = Record<string, never>> = Reason<`kpi.${Code}`, Params>

export type KpiReason =
  // The cards.
  | Kpi<'cost-detail', { minUsd: string; peakUsd: string; unknownLines: number | null }>
  | Kpi<'budget-detail', { within: boolean; gapKrw: string; budgetKrw: string }>
  | Kpi<'recovery-value', { auto: number; total: number }>
  | Kpi<'recovery-detail', { partial: number; manual: number }>
  /** `met` null: the design cannot start, so the SLA is neither met nor missed. */
  | Kpi<'latency-detail', { sla: string; met: boolean | null; endpoint: string }>
  | Kpi<'findings-value', { high: number }>
  | Kpi<'findings-detail', { medium: number; low: number }>
  // The popovers.
  | Kpi<'cost-title'>
  | Kpi<'source'>
  | Kpi<'unknown'>
  | Kpi<'total'>
  | Kpi<'rate', { rate: string; compiled: string }>
  | Kpi<'budget-title'>
  | Kpi<'unknown-lines', { lines: string[] }>
  | Kpi<'coverage-title'>
  | Kpi<'rto-rpo', { rto: string; rpo: string }>
  | Kpi<'latency-title'>
  | Kpi<'typical'>
  | Kpi<'peak'>
  | Kpi<'severity', { severity: 'high' | 'medium' | 'low' }>
  | Kpi<'no-findings'>
  | Kpi<'fix'>
  // Fit the budget, in the Budget popover (lib/advise/fit-budget.ts). `scenario` is a recovery scenario id, as Compare shows it.
  | Kpi<'fit-budget'>
  | Kpi<'fit-finding'>
  | Kpi<'fit-within'>
  | Kpi<'fit-none', { maxLevers: number }>
  | Kpi<'fit-options'>
  | Kpi<'fit-change', { label: string; from: string; to: string }>
  | Kpi<'fit-saving', { savingKrw: string; monthlyKrw: string }>
  /** `to` is the recovery mode's word; `rto` is null when the RTO did not grow. */
  | Kpi<'fit-recovery', { scenario: string; modeChanged: boolean; to: string; rto: { before: string; after: string } | null }>
  | Kpi<'fit-p95', { before: string; after: string; overSla: boolean }>
  | Kpi<'fit-no-loss'>
  | Kpi<'fit-apply'>
