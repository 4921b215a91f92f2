import type { Reason } from '../../explain/reason'

/**
 * The Markdown report's (lib/report) own headings, column names and notes; the narrative supplies
 * the sentences. lib/i18n/catalog/<language>/report.ts words them.
 */
type Say<Code extends string, Params extends object = Record<string, never>> = Reason<`report.${Code}`, Params>

/** `peakName` null is the busy day of the daily pattern; otherwise the peak event's name as typed. */
type When = { peakName: string | null }

export type ReportReason =
  // Title and header.
  | Say<'title', { name: string }>
  | Say<'scenario'>
  | Say<'exchange-rate'>
  | Say<'prices-as-of', { date: string }>
  | Say<'generated'>
  // Summary.
  | Say<'stakeholder'>
  | Say<'answer'>
  | Say<'verdict'>
  | Say<'yes'>
  | Say<'no'>
  // Operations: failure scenarios.
  | Say<'failures'>
  | Say<'goal', { rtoMinutes: number; rpoMinutes: number }>
  | Say<'failure'>
  | Say<'recovery'>
  | Say<'rto'>
  | Say<'rpo'>
  | Say<'meets-goal'>
  // Business and CTO: servers and response times.
  | Say<'capacity'>
  | Say<'service'>
  | Say<'servers', When>
  | Say<'recommended'>
  | Say<'limit'>
  | Say<'latency'>
  | Say<'p95', When>
  | Say<'target'>
  | Say<'meets'>
  // Security.
  | Say<'reachability'>
  | Say<'layers'>
  | Say<'layer'>
  | Say<'holds'>
  | Say<'evidence'>
  | Say<'findings'>
  | Say<'severity'>
  | Say<'finding'>
  | Say<'details'>
  | Say<'fix'>
  | Say<'rule'>
  | Say<'no-findings'>
  // Finance.
  | Say<'cost-lines'>
  | Say<'item'>
  | Say<'usd'>
  | Say<'krw'>
  | Say<'formula'>
  | Say<'source'>
  | Say<'total', { complete: boolean }>
  | Say<'budget'>
  | Say<'unknown'>
  /** Dollars a month; null where a price is unknown. */
  | Say<'band', { minUsd: number | null; typicalUsd: number | null; peakUsd: number | null; peakName: string }>
  | Say<'engine-note'>
