import type { Reason } from '../../explain/reason'

/**
 * The words of the CLI's text report (cli/report-text.ts) around what the engines say: section
 * names and the figures of each line. Keys of the `cli-report` namespace; the report is printed in
 * English, and Korean words it too so a `--lang` needs no new messages.
 */
type Line<Code extends string, Params extends object = Record<string, never>> = Reason<`cli-report.${Code}`, Params>

export type CliReportReason =
  | Line<'title', { source: string }>
  | Line<'section', { section: 'finance' | 'ops' | 'cto' | 'security' }>
  | Line<'money', { usd: number | null }>
  | Line<'total', { money: string; complete: boolean; monthlyKrw: number; budgetKrw: number; withinBudget: boolean; overByKrw: number }>
  | Line<'band', { min: string; typical: string; peak: string }>
  | Line<'recovery-row', { mode: string; id: string; rtoMinutes: number | null; rpoMinutes: number | null; reason: string }>
  | Line<'sla', { slaP95Ms: number; met: boolean }>
  | Line<'service', { name: string; formula: string; recommendedTasks: number | null }>
  | Line<'finding-counts', { high: number; medium: number; low: number }>
