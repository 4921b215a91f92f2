import type { CostLine } from '../../cost'
import type { Reason } from '../../explain/reason'
import type { RecoveryMode, ScenarioId } from '../../recovery'
import type { PartComponent } from '../../recovery/recovery-reasons'
import type { DefenseLayer, Severity } from '../../security'
import type { Stakeholder } from '../../stakeholders/stakeholders'
import type { DesignBlockerCode } from '../../design-check/design-check-reasons'

/**
 * What the stakeholder narrative (lib/narrative) says: one code per sentence shape, with the facts
 * behind it. It lives beside the catalog, not the narrative, because the narrative speaks through
 * the catalog and imports flow one way. lib/i18n/catalog/<language>/narrative.ts words them;
 * numbers stay raw (the catalog formats them), names users typed (services, the peak event, the
 * endpoint) are passed as they are.
 */

/** How a stakeholder's answer reads at a glance: fine, worth watching, or needs action. */
export type Verdict = 'good' | 'warn' | 'bad'

/** The five stakeholders, plus the summary that opens a presentation or report. */
export type SectionId = 'summary' | Stakeholder

type Say<Code extends string, Params extends object = Record<string, never>> = Reason<`narrative.${Code}`, Params>

/** Finding kinds with words a CFO can follow (the part of a finding id before the first colon). */
export const PLAIN_FINDING_KINDS = [
  'sg-world-all-ports',
  'sg-world-ssh',
  'sg-world-rdp',
  'sg-world-db-port',
  'sg-world-web-port',
  'sg-world-other-port',
  'db-public',
  'db-unencrypted',
  'db-in-internet-routable-subnet',
  'cache-unencrypted',
  'db-app-user-privileged',
  'data-sg-cidr-peer',
  'waf-off-with-cloudfront',
  'alb-bypasses-cloudfront',
  'http-listener-without-redirect',
  'alb-keeps-invalid-headers',
  'no-flow-logs',
  'container-insights-off',
  'vpc-cidr-not-private',
  'route-private-app-igw',
  'route-private-db-nat',
  'public-ip-on-launch',
  'policy-breach',
  'no-admin-path',
  'admin-access-mismatch',
  'bastion-ssh-not-single-host',
] as const
export type PlainFindingKind = (typeof PLAIN_FINDING_KINDS)[number]

/** Nodes of a reachability path with a fixed plain name; services are named by their authors. */
export type FixedNode = 'alb' | 'internet' | 'office' | 'database' | 'cache' | 'bastion' | 'nat'

/** Services a sentence is about: their names, or `every` when it covers all of several. */
export type ServiceGroup = { names: string[]; every: boolean }

export type DecisionOptionId = 'multi-az' | 'nat-per-az' | 'one-more-task'

/** One lever a cut moves (lib/advise's levers), with the direction it moved, as plain words can say it. */
export type DecisionCutChange =
  | { lever: 'tasks' | 'db-class' | 'cache' | 'admin-access' }
  | { lever: 'task-size'; smaller: boolean }
  | { lever: 'nat'; to: 'none' | 'instance' | 'single' | 'per-az' }
  | { lever: 'db-multi-az'; on: boolean }
  | { lever: 'db-replicas' | 'az-count'; count: number }
  | { lever: 'purchase'; reserved: boolean }
  | { lever: 'spot-share'; spot: boolean }
  | { lever: 'db-insights'; level: 'off' | 'standard' | 'advanced' }

/** A failure a cut makes recover less by itself or more slowly. */
export type DecisionCutLoss = { id: ScenarioId; modeChanged: boolean; to: RecoveryMode; rtoBefore: number | null; rtoAfter: number | null }

export type NarrativeReason =
  // Names shared by the sections, the deck and the report.
  | Say<'section-title', { id: SectionId }>
  | Say<'verdict', { verdict: Verdict }>
  | Say<'scenario-title', { id: ScenarioId }>
  | Say<'mode', { mode: RecoveryMode }>
  | Say<'severity', { severity: Severity }>
  | Say<'layer', { key: DefenseLayer['key'] }>
  | Say<'cost-group', { component: CostLine['component'] }>
  | Say<'finding-title', { kind: PlainFindingKind }>
  /** `bare` drops the English article, for chains: "internet → load balancer → Order service". */
  | Say<'node', { node: FixedNode; bare: boolean }>
  | Say<'node.service', { name: string; bare: boolean }>
  | Say<'context', { region: string; azCount: number; serviceCount: number }>
  | Say<'exchange-rate', { krwPerUsd: number }>
  /** The design check's blockers in plain words for the deck (the dashboard shows the technical ones). */
  | Say<'cannot-run', { reasons: number }>
  | Say<'blocker', { blocker: DesignBlockerCode }>
  // Summary.
  | Say<'summary.question'>
  | Say<'summary.headline', { bad: Stakeholder[]; warn: Stakeholder[] }>
  | Say<'summary.line', { title: string; headline: string }>
  // Operations.
  | Say<'ops.question'>
  | Say<'ops.headline', { autoCount: number; total: number; verdict: Verdict }>
  | Say<'ops.auto-others', { failures: { id: ScenarioId; rtoMinutes: number | null }[] }>
  | Say<'ops.az', { mode: RecoveryMode; rtoMinutes: number | null; autoParts: PartComponent[]; personParts: PartComponent[] }>
  | Say<'ops.db', { mode: RecoveryMode; rtoMinutes: number | null; rpoMinutes: number | null; multiAz: boolean }>
  | Say<'ops.partial-others', { ids: ScenarioId[] }>
  | Say<'ops.manual-others', { ids: ScenarioId[] }>
  | Say<'ops.goal', { rtoMinutes: number; rpoMinutes: number; meeting: number; total: number }>
  // Business.
  | Say<'business.question', { peakName: string }>
  | Say<'business.headline', { peakName: string; verdict: Verdict }>
  | Say<'business.traffic', { busiestRps: number; peakRps: number; peakName: string; ratio: number | null }>
  | Say<'business.scaling', { serviceCount: number; typicalTasks: number[]; peakTasks: number[]; peakName: string }>
  | Say<'business.outcome', { overloaded: ServiceGroup; worstPeakP95Ms: number; slaP95Ms: number }>
  | Say<'business.below-advice', { below: ServiceGroup; recommended: number[] }>
  | Say<'business.room-to-spare', { recommended: number[] }>
  | Say<'business.ceiling', { atCeiling: ServiceGroup; ceiling: number[] }>
  | Say<'business.extra-cost', { peakHours: number; peakName: string; extraPeakKrw: number }>
  // Security.
  | Say<'security.question'>
  | Say<'security.headline', { direct: boolean; high: number }>
  | Say<'security.database', { direct: boolean; port: number; zoneClosed: boolean }>
  /** `stepping` and `chain` are node names, already worded by `narrative.node`. */
  | Say<'security.path', { reachable: boolean; stepping: string | null; chain: string[] }>
  | Say<'security.exposure', { exposures: { name: string; ports: number[] }[] }>
  | Say<'security.layers', { total: number; failed: DefenseLayer['key'][]; first: DefenseLayer['key']; last: DefenseLayer['key'] }>
  /** `first` is the most important finding's title, already worded. */
  | Say<'security.findings', { high: number; medium: number; low: number; count: number; first: string | null }>
  // Finance.
  | Say<'finance.question'>
  | Say<'finance.headline', { complete: boolean; monthlyKrw: number; within: boolean; overByKrw: number }>
  | Say<'finance.total', { complete: boolean; monthlyKrw: number; within: boolean; overByKrw: number; budgetKrw: number }>
  | Say<'finance.dollars', { monthlyUsd: number; krwPerUsd: number; pricesAsOf: string }>
  | Say<'finance.unknown', { count: number }>
  | Say<'finance.groups', { groups: { component: CostLine['component']; krw: number }[] }>
  | Say<'finance.gap', { overByKrw: number; gapPercent: number }>
  | Say<'finance.peak', { peakName: string; peakMonthKrw: number }>
  // CTO.
  | Say<'cto.question'>
  | Say<'cto.headline', { verdict: Verdict; worstMs: number; slaMs: number }>
  | Say<'cto.target', { endpoint: string; slaMs: number }>
  | Say<'cto.measured', { typicalMs: number; peakMs: number; peakName: string }>
  | Say<'cto.verdict', { missing: string[]; serviceCount: number }>
  | Say<'cto.network', { networkMs: number }>
  | Say<'cto.headroom', { usedPercent: number }>
  // Decision.
  | Say<'decision.title'>
  | Say<'decision.headline.over', { monthlyKrw: number; overByKrw: number }>
  | Say<'decision.headline.security'>
  | Say<'decision.headline.resilience'>
  | Say<'decision.headline.capacity'>
  | Say<'decision.headline.ready'>
  | Say<'decision.budget', { monthlyKrw: number; overByKrw: number; budgetKrw: number }>
  | Say<'decision.option', { option: DecisionOptionId; deltaKrw: number; deltaAutoRecovery: number; deltaWithinObjectives: number }>
  | Say<'decision.capacity', { deltaKrw: number }>
  | Say<'decision.undersized', { name: string; max: number; recommended: number; atCeiling: boolean }>
  | Say<'decision.combined', { monthlyKrw: number; autoCount: number; total: number }>
  /**
   * A way to fit the budget (lib/advise/fit-budget.ts): each lever it moves, in plain words,
   * each failure that recovers less by itself (`to`) or more slowly (RTO in minutes, null = unbounded),
   * and p95 at peak before and after when it moves.
   */
  | Say<'decision.cut', { changes: DecisionCutChange[]; savingKrw: number; monthlyKrw: number; losses: DecisionCutLoss[]; p95: { beforeMs: number; afterMs: number; overSla: boolean } | null }>
  /** `titles` are the findings' titles, already worded. */
  | Say<'decision.security', { titles: string[] }>
  | Say<'decision.nothing'>
  | Say<'decision.basis', { asOf: string; krwPerUsd: number }>
