import type { Stakeholder } from '../../stakeholders/stakeholders'
import type { Reason } from '../../explain/reason'
import type { Severity } from '../../security/finding'

/**
 * What the compare page says around the comparison's figures and reasons: headings, table headers,
 * card labels, chart legends, axes and summaries, the picker and the notices. Keys of the
 * `compare-ui` namespace; lib/i18n/catalog/<language>/compare-ui.ts words them. Money and
 * durations arrive formatted; counts arrive raw for plurals.
 */
type Ui<Code extends string, Params extends object = Record<string, never>> = Reason<`compare-ui.${Code}`, Params>

export type CompareUiReason =
  // The page and its bar.
  | Ui<'tab-title'>
  | Ui<'page-title'>
  | Ui<'back-to-dashboard'>
  | Ui<'subtitle', { plans: number; compiled: string }>
  | Ui<'language'>
  // The picker.
  | Ui<'picker.title'>
  | Ui<'picker.hint'>
  | Ui<'picker.full'>
  | Ui<'picker.add', { name: string }>
  | Ui<'picker.remove', { name: string }>
  | Ui<'picker.min-reached'>
  | Ui<'picker.max-reached'>
  | Ui<'picker.link', { position: number }>
  | Ui<'picker.link-name', { position: number; name: string }>
  | Ui<'picker.remove-link', { position: number; name: string }>
  // What the URL asked for that could not be compared.
  | Ui<'notices.title'>
  | Ui<'notices.unknown-preset', { id: string }>
  /** `path` and `message` are the scenario reader's (lib/model); both null when it gave none. */
  | Ui<'notices.bad-link', { position: number; path: string | null; message: string | null }>
  /** A `snap=` id the store does not have, or (`unavailable`) a store that did not answer. */
  | Ui<'notices.missing-snapshot', { position: number; unavailable: boolean }>
  | Ui<'notices.duplicate', { name: string }>
  | Ui<'notices.too-many', { max: number }>
  | Ui<'notices.too-few'>
  // Who wins what.
  | Ui<'winners.title'>
  | Ui<'winners.subtitle'>
  | Ui<'winners.tie'>
  | Ui<'winners.none'>
  /** Finance, when a plan with unknown lines could be the cheapest. */
  | Ui<'winners.cannot-tell'>
  | Ui<'winners.winner'>
  | Ui<'winners.why'>
  | Ui<'winners.stakeholder'>
  | Ui<'stakeholder.name', { stakeholder: Stakeholder }>
  | Ui<'stakeholder.question', { stakeholder: Stakeholder }>
  | Ui<'severity', { severity: Severity }>
  | Ui<'severity-count', { severity: Severity; count: number }>
  // The cards.
  | Ui<'cards.title'>
  | Ui<'cards.monthly'>
  | Ui<'cards.at-least'>
  | Ui<'cards.per-month', { usd: string }>
  | Ui<'cards.unknown-lines', { count: number }>
  | Ui<'cards.all-known'>
  | Ui<'cards.budget', { budget: string }>
  | Ui<'cards.within', { amount: string }>
  | Ui<'cards.within-so-far', { amount: string }>
  | Ui<'cards.over', { amount: string }>
  | Ui<'cards.band'>
  | Ui<'cards.min'>
  | Ui<'cards.typical'>
  | Ui<'cards.peak-month'>
  | Ui<'cards.recovery'>
  | Ui<'cards.auto-of', { auto: number; total: number }>
  | Ui<'cards.mode-count', { mode: string; count: number }>
  | Ui<'cards.p95'>
  | Ui<'cards.sla-met'>
  | Ui<'cards.sla-missed'>
  | Ui<'cards.findings'>
  | Ui<'cards.wins'>
  | Ui<'overloaded'>
  // Monthly cost per plan.
  | Ui<'cost.title'>
  | Ui<'cost.subtitle', { budget: string }>
  | Ui<'cost.typical'>
  | Ui<'cost.peak-month'>
  | Ui<'cost.peak-label', { amount: string }>
  | Ui<'cost.budget-line', { budget: string }>
  | Ui<'cost.unknown'>
  | Ui<'cost.unknown-marker', { count: number }>
  | Ui<'cost.summary', { parts: string; budget: string }>
  // Cost by component.
  | Ui<'stack.title'>
  | Ui<'stack.subtitle'>
  | Ui<'stack.unknown'>
  | Ui<'stack.plus-unknown'>
  | Ui<'stack.summary', { parts: string }>
  // Cost lines.
  | Ui<'lines.title'>
  | Ui<'lines.subtitle'>
  | Ui<'lines.line'>
  | Ui<'lines.unknown'>
  | Ui<'lines.absent-label'>
  | Ui<'lines.total'>
  // Recovery per failure scenario.
  | Ui<'recovery.title'>
  | Ui<'recovery.subtitle', { rtoMinutes: number; rpoMinutes: number }>
  | Ui<'recovery.scenario'>
  | Ui<'recovery.differs'>
  | Ui<'recovery.automatic'>
  | Ui<'recovery.unbounded'>
  // p95 against the SLA.
  | Ui<'latency.title'>
  | Ui<'latency.subtitle'>
  | Ui<'latency.typical'>
  | Ui<'latency.peak'>
  | Ui<'latency.axis'>
  | Ui<'latency.sla', { ms: string }>
  | Ui<'latency.per-service'>
  | Ui<'latency.service'>
  | Ui<'latency.summary', { parts: string; sla: string }>
  | Ui<'latency.not-in-plan'>
  // Security findings.
  | Ui<'findings.title'>
  | Ui<'findings.subtitle'>
  | Ui<'findings.list', { name: string; count: number }>
  | Ui<'findings.none'>
  | Ui<'findings.summary', { parts: string }>
  // The config diff.
  | Ui<'diff.title'>
  | Ui<'diff.subtitle'>
  | Ui<'diff.consecutive'>
  | Ui<'diff.against-first'>
  | Ui<'diff.change'>
  | Ui<'diff.from'>
  | Ui<'diff.to'>
  | Ui<'diff.effect'>
  | Ui<'diff.same'>
  | Ui<'diff.caption', { from: string; to: string }>
  /** The settings a generic entry covers, as paths within its section; `more` when some are left out. */
  | Ui<'diff.fields', { fields: string[]; more: boolean }>
