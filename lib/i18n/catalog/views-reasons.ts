import type { Reason } from '../../explain/reason'
import type { Tier } from '../../model'
import type { NotModelledComponent, NotModelledWhy } from '../../model/not-modelled'
import type { Stakeholder } from '../../stakeholders/stakeholders'

/** The dashboard's tabs: the overview, one per stakeholder, then the advisor. */
export type ViewTab = 'overview' | Stakeholder | 'advisor'
/** How an answer reads at a glance. */
export type ViewVerdict = 'good' | 'warn' | 'bad'
export type ViewSeverity = 'high' | 'medium' | 'low'
/** The parts recovery names as single points of failure besides services and load balancers (named by their ids). */
export type ViewSinglePoint = 'bastion' | 'cache' | 'database' | 'nat' | 'region'
/** Resources a security path names by what they are (a load balancer or service is named by its name). */
export type ViewPathResource = 'database' | 'cache' | 'bastion' | 'nat'
export type ViewScalingMetric = 'cpu' | 'memory' | 'requests-per-target' | 'queue-length'

/**
 * What the six stakeholder views and their charts say around the engines' figures and reasons:
 * titles, questions and answers, table headers, chart legends and axis labels. Keys of the `views`
 * namespace; lib/i18n/catalog/<language>/views.ts words them. Numbers arrive formatted (money,
 * durations, rates) where a view shows them formatted; counts arrive raw for plurals.
 */
type View<Code extends string, Params extends object = Record<string, never>> = Reason<`views.${Code}`, Params>

export type ViewsReason =
  | View<'tab', { tab: ViewTab }>
  | View<'verdict', { verdict: ViewVerdict }>
  | View<'severity', { severity: ViewSeverity }>
  | View<'region-name', { region: string }>
  | View<'metric', { metric: ViewScalingMetric }>
  | View<'direction', { direction: 'Inbound' | 'Outbound' }>
  | View<'tablist-label'>
  | View<'total-a-month'>
  | View<'unknown'>
  | View<'overloaded'>
  | View<'none'>
  | View<'rps', { rps: string }>
  | View<'delta-ms', { delta: string }>
  | View<'every-service'>
  | View<'another-resource'>
  | View<'ops-question'>
  | View<'ops-answer', { auto: number; total: number }>
  | View<'ops-detail', { partial: number; manual: number; spof: string | null }>
  | View<'business-question', { peak: string }>
  | View<'business-no', { peak: string; rps: string; services: string }>
  | View<'business-yes', { peak: string; rps: string; tasks: string; p95: string }>
  | View<'business-detail', { notes: string[] }>
  | View<'business-range', { typical: string; peak: string; ceiling: string }>
  | View<'below-advice', { subject: string; one: boolean }>
  | View<'at-ceiling', { subject: string; one: boolean }>
  | View<'security-question'>
  | View<'security-direct', { port: number }>
  | View<'security-through-app', { path: string }>
  | View<'security-indirect', { via: string; path: string }>
  | View<'security-none'>
  | View<'security-detail', { passed: number; layers: number; high: number; medium: number; low: number }>
  | View<'finance-question'>
  | View<'at-least-cap'>
  | View<'under-budget', { krw: string; usd: string }>
  | View<'over-budget', { krw: string; usd: string }>
  | View<'finance-answer', { atLeast: string; krw: string; usd: string; budgetKrw: string; budgetUsd: string }>
  | View<'finance-detail', { gap: string; rate: string; unknownLines: number | null }>
  | View<'cto-question', { endpoint: string }>
  | View<'cto-no-services'>
  | View<'cto-worst', { p95: string; service: string; at: string; sla: string }>
  | View<'cto-overloaded', { service: string; at: string; sla: string }>
  | View<'cto-detail', { met: boolean; meeting: number; total: number; sla: string }>
  | View<'fixes-high', { id: string }>
  | View<'makes-automatic', { items: string }>
  | View<'now-mode', { title: string; mode: string }>
  | View<'overview-meta', { azs: number; services: number }>
  | View<'answers-title'>
  | View<'answers-subtitle'>
  | View<'improvements-title'>
  | View<'improvements-subtitle'>
  | View<'nothing-to-change'>
  | View<'not-modelled-title'>
  | View<'not-modelled-subtitle'>
  | View<'not-modelled-component', { component: NotModelledComponent }>
  | View<'not-modelled-why', { why: NotModelledWhy; seed: string }>
  | View<'coverage-title'>
  | View<'coverage-subtitle'>
  | View<'coverage-figure', { auto: number; total: number }>
  | View<'coverage-tail'>
  | View<'objectives-title'>
  | View<'objectives-subtitle'>
  | View<'spof'>
  | View<'single-point', { part: ViewSinglePoint }>
  | View<'col-rto'>
  | View<'col-rpo'>
  | View<'scenarios-title'>
  | View<'scenarios-subtitle', { rto: string; rpo: string }>
  | View<'scenarios-caption'>
  | View<'col-scenario'>
  | View<'col-mode'>
  | View<'col-meets'>
  | View<'col-why'>
  | View<'col-change'>
  | View<'meets-objectives'>
  | View<'misses-objectives'>
  | View<'show-steps'>
  | View<'parts-of-scenario'>
  | View<'already-automatic'>
  | View<'traffic-summary', { bands: string[]; peak: string }>
  | View<'traffic-band', { name: string; rps: string; hours: number }>
  | View<'traffic-peak', { name: string; rps: string; hours: number }>
  | View<'tasks-summary', { services: string[] }>
  | View<'tasks-service', { name: string; typical: number; peak: number; max: number | undefined }>
  | View<'traffic-title'>
  | View<'traffic-subtitle'>
  | View<'peak-day-title', { name: string }>
  | View<'peak-day-subtitle', { rps: string; hours: number }>
  | View<'not-carried'>
  | View<'carried-no-headroom'>
  | View<'carried'>
  | View<'minimum-month'>
  | View<'typical-month'>
  | View<'peak-month-with-peak'>
  | View<'at-rate', { rate: string }>
  | View<'tasks-title'>
  | View<'tasks-subtitle'>
  | View<'autoscaling-title'>
  | View<'autoscaling-subtitle'>
  | View<'autoscaling-caption'>
  | View<'col-service'>
  | View<'col-min-desired-max'>
  | View<'col-policy'>
  | View<'col-metric'>
  | View<'col-target'>
  | View<'col-scheduled'>
  | View<'col-busiest'>
  | View<'col-peak'>
  | View<'col-p95-at-peak'>
  | View<'autoscaling-note'>
  | View<'policy-none'>
  | View<'policy-target'>
  | View<'target-percent', { t: number }>
  | View<'target-requests', { t: number }>
  | View<'target-queued', { t: number }>
  | View<'scheduled-tasks', { n: number }>
  | View<'at-least'>
  | View<'finance-summary', { components: string[]; atLeast: string; total: string; budget: string }>
  | View<'finance-summary-item', { label: string; usd: string; unknown: number }>
  | View<'this-month'>
  | View<'every-line-known'>
  | View<'lines-unknown', { n: number }>
  | View<'per-month', { amount: string }>
  | View<'within-budget-by', { krw: string }>
  | View<'over-budget-by', { krw: string }>
  | View<'budget-title'>
  | View<'budget-subtitle'>
  | View<'exchange-rate'>
  | View<'band-title'>
  | View<'band-subtitle'>
  | View<'minimum'>
  | View<'typical'>
  | View<'peak-month'>
  | View<'by-component-title'>
  | View<'by-component-subtitle', { formula: string }>
  | View<'options-title'>
  | View<'options-subtitle'>
  | View<'options-caption'>
  | View<'col-option'>
  | View<'col-usd-month'>
  | View<'col-krw-month'>
  | View<'col-become-automatic'>
  | View<'col-within-objectives'>
  | View<'col-delta-p95'>
  | View<'already-in-plan'>
  | View<'lines-title'>
  | View<'lines-subtitle', { compiled: string }>
  | View<'lines-caption'>
  | View<'col-line'>
  | View<'col-formula'>
  | View<'col-source'>
  | View<'col-monthly-usd'>
  | View<'total', { unknown: number | null }>
  | View<'no-change'>
  | View<'na-overloaded'>
  | View<'unknown-lines', { n: number }>
  | View<'plus-unknown', { atLeast: string; usd: string; n: number }>
  | View<'known-price'>
  | View<'unknown-price'>
  | View<'total-budget', { within: boolean }>
  | View<'budget-line', { usd: string }>
  | View<'p95-at-busiest-band-tip'>
  | View<'p95-at-peak-tip'>
  | View<'p95-at-busiest-band'>
  | View<'p95-at', { peak: string }>
  | View<'overloaded-legend'>
  | View<'tasks-at-busiest-band'>
  | View<'tasks-at-peak'>
  | View<'autoscaling-maximum'>
  | View<'tasks-axis'>
  | View<'peak-story-tasks', { name: string; typical: string; peak: string }>
  | View<'peak-story-latency', { worst: string; sla: string; carried: boolean }>
  | View<'peak-story-overloaded', { overloaded: string; sla: string; carried: boolean }>
  | View<'peak-story-ceiling', { services: string; count: number }>
  | View<'peak-story-extra', { extraUsd: string; extraKrw: string }>
  | View<'latency-axis'>
  | View<'sla-line', { sla: string }>
  | View<'rps-axis'>
  | View<'hours-a-day', { h: number }>
  | View<'hours-event', { h: number }>
  | View<'daily-band'>
  | View<'peak-event'>
  | View<'db-title'>
  | View<'db-subtitle', { port: number }>
  | View<'db-direct', { port: number }>
  | View<'db-through-app'>
  | View<'db-through-app-note'>
  | View<'db-through-host', { host: string }>
  | View<'db-no'>
  | View<'path'>
  | View<'nearest-path'>
  | View<'path-join'>
  | View<'reach-title'>
  | View<'reach-subtitle'>
  | View<'reach-nothing'>
  | View<'reach-caption'>
  | View<'col-reach-target'>
  | View<'col-port'>
  | View<'col-path'>
  | View<'layers-title'>
  | View<'layers-subtitle', { passed: number; total: number }>
  | View<'passes'>
  | View<'fails'>
  | View<'findings-title'>
  | View<'findings-subtitle', { high: number; medium: number; low: number }>
  | View<'no-findings'>
  | View<'fix'>
  | View<'rules-title'>
  | View<'rules-subtitle'>
  | View<'rules-caption'>
  | View<'col-group'>
  | View<'col-direction'>
  | View<'col-protocol'>
  | View<'col-ports'>
  | View<'col-peer'>
  | View<'col-description'>
  | View<'all'>
  | View<'aws-default-outbound'>
  | View<'internet'>
  | View<'path-resource', { kind: ViewPathResource }>
  | View<'internet-gateway'>
  | View<'subnet', { tier: Tier }>
  | View<'tile-cost'>
  | View<'tile-recovery'>
  | View<'tile-high'>
  | View<'held-no-high'>
  | View<'tile-sla', { sla: string }>
  | View<'high-count', { n: number }>
  | View<'high-detail', { medium: number; low: number; answer: string }>
  | View<'latency-summary', { sla: string; services: string[] }>
  | View<'latency-service', { name: string; typical: string; peak: string; peakName: string }>
  | View<'tradeoff-title'>
  | View<'tradeoff-subtitle', { holds: string; short: string }>
  | View<'latency-title'>
  | View<'latency-subtitle', { endpoint: string; overhead: string; peak: string }>
  | View<'sizing-title'>
  | View<'sizing-subtitle'>
  | View<'sizing-caption'>
  | View<'col-util-busiest'>
  | View<'col-util-peak'>
  | View<'col-configured'>
  | View<'col-recommended'>
  | View<'col-peak-tasks'>
  | View<'col-p95-typical-peak'>
  | View<'none-meets-sla'>
  | View<'formulas-title'>
  | View<'formulas-subtitle'>
  | View<'formula-rates', { typical: string; peak: string; each: boolean }>
