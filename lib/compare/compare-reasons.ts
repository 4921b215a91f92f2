import type { CostLine } from '../cost'
import type { Reason } from '../explain/reason'
import type { PurchaseOption, Scenario, Service } from '../model'
import type { RecoveryMode, ScenarioId } from '../recovery'
import type { Severity } from '../security'

/**
 * What a comparison says, as codes and facts: the settings a diff names and their values, what a
 * change does on its own, and why each stakeholder picks a plan. Keys of the `compare` namespace;
 * lib/i18n/catalog/<language>/compare.ts words them. Amounts are raw numbers (the catalog formats
 * them); names and ids are as typed.
 */
type Compare<Code extends string, Params extends object = Record<string, never>> = Reason<`compare.${Code}`, Params>

/** A cost line's label as the cost engine gives it, so it is worded the way the bill words it. */
export type LineLabel = CostLine['label']

/** The settings of a plan a diff names, in the words of the dashboard's controls. */
export type FieldId =
  | 'region'
  | 'azCount'
  | 'nat'
  | 'flowLogs'
  | 'vpcEndpoints'
  | 'loadBalancers'
  | 'dbEngine'
  | 'dbClass'
  | 'dbMultiAz'
  | 'dbReplicas'
  | 'dbStorage'
  | 'dbStorageAutoscaling'
  | 'dbPurchase'
  | 'dbBackups'
  | 'dbInsights'
  | 'dbEncrypted'
  | 'dbPublic'
  | 'dbLeastPrivilege'
  | 'cache'
  | 'cacheNodeType'
  | 'cacheNodes'
  | 'cachePurchase'
  | 'bastion'
  | 'bastionPurchase'
  | 'ssm'
  | 'cloudfront'
  | 'waf'
  | 'containerInsights'
  | 'logs'
  | 'logRetention'
  | 'drMode'
  | 'crossRegionBackups'
  | 'publicIpv4'
  | 'budget'
  | 'exchangeRate'
  | 'peakRps'
  | 'peakHours'
  | 'sla'
  | 'rto'
  | 'rpo'

/** The settings of a service a diff names, for one service or for all of them at once. */
export type ServiceFieldId = 'tasks' | 'compute' | 'fargateSize' | 'instanceType' | 'computePurchase' | 'scaling' | 'autoRollback'

/** The sections the generic "X changed" entry names, by their path in a scenario. */
export const SECTION_PATHS = [
  'config.region',
  'config.network',
  'config.securityGroups',
  'config.loadBalancers',
  'config.database',
  'config.cache',
  'config.adminAccess',
  'config.edge',
  'config.monitoring',
  'config.disasterRecovery',
  'config.billing',
  'config.pricing',
  'requirements.budget',
  'requirements.traffic',
  'requirements.sla',
  'requirements.recovery',
  'requirements.securityPolicy',
] as const
export type SectionPath = (typeof SECTION_PATHS)[number]

/** What a change's row is called: a setting, a service's setting, or a section that changed. */
export type ChangeLabel =
  | Compare<'field', { field: FieldId }>
  | Compare<'services-field', { field: ServiceFieldId }>
  | Compare<'service-field', { field: ServiceFieldId; service: string }>
  | Compare<'service', { service: string }>
  | Compare<'changed', { section: SectionPath }>
  | Compare<'service-changed', { service: string }>
  /** A section no entry names: its path, as a fallback. */
  | Compare<'path-changed', { path: string }>
  /** One rule added to or removed from a security group both plans have. */
  | Compare<'sg-rule', { group: string; inbound: boolean; rule: SgRuleFacts }>

/** A security-group rule as a diff names it: the peer group by its name, a CIDR with its label if it has one. */
export type SgRuleFacts = {
  protocol: 'tcp' | 'udp' | 'all'
  fromPort: number
  toPort: number
  peer: { kind: 'cidr'; cidr: string; label: string | null } | { kind: 'sg'; name: string } | { kind: 'prefix-list' }
}

type Nat = Scenario['config']['network']['nat']
export type FargateSize = { vcpu: number; memoryGb: number; arm: boolean; diskGb: number | null }

/** A setting's value on one side of a change. `text` is shown as it is: ids, names, AWS types, counts. */
export type ChangeValue =
  | Compare<'value.text', { text: string }>
  | Compare<'value.on-off', { on: boolean }>
  | Compare<'value.none'>
  | Compare<'value.present'>
  | Compare<'value.added'>
  | Compare<'value.removed'>
  | Compare<'value.purchase', { option: PurchaseOption }>
  | Compare<'value.nat', { mode: Nat['mode']; instanceType: string | null }>
  | Compare<'value.days', { days: number }>
  | Compare<'value.storage', { gb: number; type: string }>
  | Compare<'value.up-to', { gb: number }>
  | Compare<'value.gb-per-month', { gb: number }>
  | Compare<'value.rps', { rps: number }>
  | Compare<'value.hours', { hours: number }>
  | Compare<'value.minutes', { minutes: number }>
  | Compare<'value.ms', { ms: number }>
  | Compare<'value.waf', { rules: number }>
  | Compare<'value.cache', { nodeType: string; nodes: number; engine: string }>
  | Compare<'value.dr', { mode: Scenario['config']['disasterRecovery']['mode'] }>
  | Compare<'value.insights', { level: Scenario['config']['database']['insights'] }>
  | Compare<'value.budget', { amount: number; currency: Scenario['requirements']['budget']['currency'] }>
  | Compare<'value.exchange-rate', { krwPerUsd: number }>
  /** Tasks per service: the bounds appear only when they moved (`min` and `max`, or `max` alone). */
  | Compare<'value.tasks', { desired: number; min: number | null; max: number | null }>
  | Compare<'value.fargate-size', FargateSize>
  | Compare<'value.fargate', FargateSize>
  | Compare<'value.ec2', { instanceType: string }>
  | Compare<'value.scaling', { tracking: { metric: Service['scaling']['metric']; target: number } | null; scheduledPeakCount: number | null }>

/** What one change does on its own, applied to the first plan. */
export type ChangeEffect =
  /** `fromUsd` null: the line is new and has no price. */
  | Compare<'effect.line-to-unknown', { line: LineLabel; fromUsd: number | null }>
  | Compare<'effect.line-to-known', { line: LineLabel; toUsd: number }>
  | Compare<'effect.still-unknown', { line: LineLabel }>
  | Compare<'effect.cost', { deltaUsd: number }>
  | Compare<'effect.other-lines', { deltaUsd: number }>
  | Compare<'effect.peak-month', { deltaUsd: number }>
  | Compare<'effect.budget', { fromWithin: boolean; toWithin: boolean }>
  | Compare<'effect.recovery', { scenarioId: ScenarioId; from: RecoveryMode; to: RecoveryMode }>
  /** null: overloaded, the queue grows without bound. */
  | Compare<'effect.worst-p95', { fromMs: number | null; toMs: number | null }>
  | Compare<'effect.sla', { fromMet: boolean; toMet: boolean }>
  | Compare<'effect.findings', { severity: Severity; from: number; to: number }>
  | Compare<'effect.none'>
  /** `reason`: why the first plan with this change alone is not a valid design (the model's words). */
  | Compare<'effect.not-alone', { reason: string }>
  | Compare<'effect.not-priced', { limit: number }>

/** A plan beside the winner, with the figure the winner is compared on. */
type Other<Figure extends object> = { name: string } & Figure
type SeverityCounts = Record<Severity, number>
type Peak = { peakName: string; peakRps: number }
/** A plan whose total is incomplete: the known part (a lower bound) and the lines without a price. */
export type IncompleteTotal = { name: string; monthlyUsd: number; unknownCount: number; unknownLines: LineLabel[] }

/** Why a stakeholder picks a plan. `winners` are the winning plans' names. */
export type WinnerReason =
  | Compare<'winner.ops-tie', { autoCount: number; scenarioCount: number }>
  | Compare<
      'winner.ops',
      {
        winners: string[]
        autoCount: number
        scenarioCount: number
        others: Other<{ autoCount: number; scenarioCount: number }>[]
        /** Set when other plans recover as many automatically and the shorter RTO sum decided. */
        tieBreakRtoSumMinutes: number | null
      }
    >
  | Compare<'winner.business-none', Peak>
  | Compare<'winner.business-tie', Peak & { headroomPercent: number | null }>
  | Compare<
      'winner.business',
      Peak & {
        winners: string[]
        /** Whole percent to spare at the autoscaling maximum; null = no peak traffic, unlimited. */
        headroomPercent: number | null
        others: Other<{ headroomPercent: number | null }>[]
        notCarried: string[]
      }
    >
  | Compare<'winner.security-tie', { counts: SeverityCounts }>
  | Compare<'winner.security', { winners: string[]; counts: SeverityCounts; others: Other<{ counts: SeverityCounts }>[] }>
  /** No cheapest plan is named: these plans' totals are lower bounds that could be the lowest. */
  | Compare<'winner.finance-cannot-tell', { plans: IncompleteTotal[] }>
  | Compare<
      'winner.finance',
      {
        winners: string[]
        monthlyUsd: number
        monthlyKrw: number
        /** Plans with unknown lines whose known part alone already costs more than the winners. */
        dearerIncomplete: IncompleteTotal[]
        budget: { withinBudget: boolean; allOver: boolean; budgetKrw: number; overByKrw: number }
      }
    >
  | Compare<'winner.cto-none'>
  | Compare<'winner.cto-tie', { p95Ms: number; slaMs: number }>
  | Compare<'winner.cto', { winners: string[]; p95Ms: number; slaMs: number; others: Other<{ p95Ms: number }>[]; missed: string[] }>

export type CompareReason = ChangeLabel | ChangeValue | ChangeEffect | WinnerReason

type Key = CompareReason['code'] extends infer C ? (C extends `compare.${infer K}` ? K : never) : never
type ReasonOf<K extends Key> = Extract<CompareReason, { code: `compare.${K}` }>

/**
 * A reason of this namespace by its key, checked against the union:
 * compareReason('value.days', { days: 7 }) → { code: 'compare.value.days', params: { days: 7 } }.
 */
export function compareReason<K extends Key>(key: K, ...params: Record<string, never> extends ReasonOf<K>['params'] ? [] : [ReasonOf<K>['params']]): ReasonOf<K> {
  return { code: `compare.${key}`, params: params[0] ?? {} } as ReasonOf<K>
}
