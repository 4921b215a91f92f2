import type { Reason } from '../explain/reason'

/**
 * What the CI gate and the what-if list say, as codes of the `cost` namespace with their facts
 * (lib/i18n/catalog/<language>/cost.ts words them). A gate matches on `code`.
 */
export type BreachReason =
  | Reason<'cost.breach.budget', { monthlyKrw: number; monthlyUsd: number; budgetKrw: number; overByKrw: number }>
  /** `p95Ms` is Infinity when the queue is overloaded. */
  | Reason<'cost.breach.sla', { service: string; p95Ms: number; slaP95Ms: number }>
  | Reason<'cost.breach.security', { findingId: string }>

/** A what-if option, by what it changes. */
export type OptionLabel =
  | Reason<'cost.option.multi-az'>
  | Reason<'cost.option.nat-per-az'>
  | Reason<'cost.option.tasks-per-service', { tasks: number }>

export type EvaluateReason = BreachReason | OptionLabel
