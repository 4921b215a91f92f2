'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import { COST_COMPONENT_LABELS, PRICE_BASIS_LABELS, type Locale, type PriceBasis } from '@/lib/i18n'
import type { CostComponent } from '@/lib/cost'
import { modeWords } from '@/lib/i18n/catalog/mode-words'
import type { RecoveryMode } from '@/lib/recovery'
import type { Verdict } from './verdict'
import type { TabId } from './view-props'

type Severity = 'high' | 'medium' | 'low'

/**
 * The stakeholder views' own words in English and Korean. The English strings are the ones the views
 * have always shown (the tests and browser journeys rely on them). Sentences that come from lib/
 * (findings, recovery reasons) come as codes and are worded by the catalog with say(locale, reason).
 */
type ViewWords = {
  // Shared
  tabs: Record<TabId, string>
  tablistLabel: string
  verdict: Record<Verdict, string>
  mode: Record<RecoveryMode, string>
  severity: Record<Severity, string>
  component: Record<CostComponent, string>
  totalAMonth: string
  unknown: string
  overloaded: string
  unbounded: string
  none: string
  hours: (h: number) => string
  minutes: (m: number) => string
  /** 'a and b', 'a, b and c'. */

  // Stakeholder answers
  everyService: string
  anotherResource: string
  opsQuestion: string
  opsAnswer: (auto: number, total: number) => string
  opsDetail: (partial: number, manual: number, spof: string | null) => string
  businessQuestion: (peak: string) => string
  businessNo: (peak: string, rps: string, services: string) => string
  businessYes: (peak: string, rps: string, tasks: string, p95: string) => string
  businessRange: (typical: string, peak: string, ceiling: string) => string
  belowAdvice: (subject: string, one: boolean) => string
  atCeiling: (subject: string, one: boolean) => string
  securityQuestion: string
  securityDirect: (port: number) => string
  securityIndirect: (via: string, path: string) => string
  securityNone: string
  securityDetail: (passed: number, layers: number, high: number, medium: number, low: number) => string
  financeQuestion: string
  atLeastCap: string
  underBudget: (krw: string, usd: string) => string
  overBudget: (krw: string, usd: string) => string
  financeAnswer: (atLeast: string, krw: string, usd: string, budgetKrw: string, budgetUsd: string) => string
  financeDetail: (gap: string, rate: string, unknownLines: number | null) => string
  ctoQuestion: (endpoint: string) => string
  ctoNoServices: string
  ctoWorst: (p95: string, service: string, at: string, sla: string) => string
  ctoOverloaded: (service: string, at: string, sla: string) => string
  ctoDetail: (met: boolean, meeting: number, total: number, sla: string) => string
  fixesHigh: (id: string) => string
  makesAutomatic: (items: string) => string
  nowMode: (title: string, mode: string) => string

  // Overview
  regionName: Record<string, string>
  overviewMeta: (azs: number, services: number) => string
  answersTitle: string
  answersSubtitle: string
  improvementsTitle: string
  improvementsSubtitle: string
  nothingToChange: string

  // Ops
  coverageTitle: string
  coverageSubtitle: string
  coverageFigure: (auto: number, total: number) => string
  coverageTail: string
  objectivesTitle: string
  objectivesSubtitle: string
  spof: string
  scenariosTitle: string
  scenariosSubtitle: (rto: string, rpo: string) => string
  scenariosCaption: string
  colScenario: string
  colMode: string
  colMeets: string
  colWhy: string
  colChange: string
  meetsObjectives: string
  missesObjectives: string
  showSteps: string
  partsOfScenario: string
  alreadyAutomatic: string

  // Business
  trafficSummary: (bands: string[], peak: string) => string
  trafficBand: (name: string, rps: string, hours: number) => string
  trafficPeak: (name: string, rps: string, hours: number) => string
  tasksSummary: (services: string[]) => string
  tasksService: (name: string, typical: number, peak: number, max: number | undefined) => string
  trafficTitle: string
  trafficSubtitle: string
  peakDayTitle: (name: string) => string
  peakDaySubtitle: (rps: string, hours: number) => string
  notCarried: string
  carriedNoHeadroom: string
  carried: string
  minimumMonth: string
  typicalMonth: string
  peakMonthWithPeak: string
  atRate: (rate: string) => string
  tasksTitle: string
  tasksSubtitle: string
  autoscalingTitle: string
  autoscalingSubtitle: string
  autoscalingCaption: string
  colService: string
  colMinDesiredMax: string
  colPolicy: string
  colMetric: string
  colTarget: string
  colScheduled: string
  colBusiest: string
  colPeak: string
  colP95AtPeak: string
  autoscalingNote: string
  policyNone: string
  policyTarget: string
  metric: Record<'cpu' | 'memory' | 'requests-per-target' | 'queue-length', string>
  targetPercent: (t: number) => string
  targetRequests: (t: number) => string
  targetQueued: (t: number) => string
  scheduledTasks: (n: number) => string

  // Finance
  basis: Record<PriceBasis, string>
  atLeast: string
  financeSummary: (components: string[], atLeast: string, total: string, budget: string) => string
  financeSummaryItem: (label: string, usd: string, unknown: number) => string
  thisMonth: string
  everyLineKnown: string
  linesUnknown: (n: number) => string
  perMonth: (amount: string) => string
  withinBudgetBy: (krw: string) => string
  overBudgetBy: (krw: string) => string
  budgetTitle: string
  budgetSubtitle: string
  exchangeRate: string
  bandTitle: string
  bandSubtitle: string
  minimum: string
  typical: string
  peakMonth: string
  byComponentTitle: string
  byComponentSubtitle: (formula: string) => string
  optionsTitle: string
  optionsSubtitle: string
  optionsCaption: string
  colOption: string
  colUsdMonth: string
  colKrwMonth: string
  colBecomeAutomatic: string
  colDeltaP95: string
  alreadyInPlan: string
  linesTitle: string
  linesSubtitle: (compiled: string) => string
  linesCaption: string
  colLine: string
  colFormula: string
  colSource: string
  colMonthlyUsd: string
  total: (unknown: number | null) => string
  noChange: string
  naOverloaded: string

  // Cost chart
  unknownLines: (n: number) => string
  plusUnknown: (atLeast: string, usd: string, n: number) => string
  knownPrice: string
  unknownPrice: string
  totalBudget: (within: boolean) => string
  budgetLine: (usd: string) => string

  // Latency, tasks and traffic charts
  p95AtBusiestBandTip: string
  p95AtPeakTip: string
  p95AtBusiestBand: string
  p95At: (peak: string) => string
  overloadedLegend: string
  tasksAtBusiestBand: string
  tasksAtPeak: string
  autoscalingMaximum: string
  tasksAxis: string
  hoursADay: (h: number) => string
  hoursEvent: (h: number) => string
  dailyBand: string
  peakEvent: string

  // Security
  dbTitle: string
  dbSubtitle: (port: number) => string
  dbDirect: (port: number) => string
  dbNotDirectly: string
  dbNo: string
  path: string
  nearestPath: string
  pathJoin: string
  reachTitle: string
  reachSubtitle: string
  reachNothing: string
  reachCaption: string
  colTarget2: string
  colPort: string
  colPath: string
  layersTitle: string
  layersSubtitle: (passed: number, total: number) => string
  passes: string
  fails: string
  findingsTitle: string
  findingsSubtitle: (high: number, medium: number, low: number) => string
  noFindings: string
  fix: string
  rulesTitle: string
  rulesSubtitle: string
  rulesCaption: string
  colGroup: string
  colDirection: string
  colProtocol: string
  colPorts: string
  colPeer: string
  colDescription: string
  direction: Record<'Inbound' | 'Outbound', string>
  all: string
  awsDefaultOutbound: string
  internet: string
  internetGateway: string
  subnet: (tier: string) => string

  // CTO
  tileCost: string
  tileRecovery: string
  tileHigh: string
  highCount: (n: number) => string
  highDetail: (medium: number, low: number, answer: string) => string
  latencySummary: (sla: string, services: string[]) => string
  latencyService: (name: string, typical: string, peak: string, peakName: string) => string
  tradeoffTitle: string
  tradeoffSubtitle: (holds: string, short: string) => string
  latencyTitle: string
  latencySubtitle: (endpoint: string, overhead: string, peak: string) => string
  sizingTitle: string
  sizingSubtitle: string
  sizingCaption: string
  colUtilBusiest: string
  colUtilPeak: string
  colConfigured: string
  colRecommended: string
  colPeakTasks: string
  colP95TypicalPeak: string
  noneMeetsSla: string
  formulasTitle: string
  formulasSubtitle: string
  formulaRates: (typical: string, peak: string, each: boolean) => string
}

const en: ViewWords = {
  tabs: { overview: 'Overview', ops: 'Ops', business: 'Business', security: 'Security', finance: 'Finance', cto: 'CTO' },
  tablistLabel: 'Stakeholder views',
  verdict: { good: 'OK', warn: 'Watch', bad: 'Needs action' },
  mode: modeWords('en'),
  severity: { high: 'high', medium: 'medium', low: 'low' },
  component: COST_COMPONENT_LABELS.en,
  totalAMonth: 'Total a month',
  unknown: 'unknown',
  overloaded: 'overloaded',
  unbounded: 'unbounded',
  none: 'none',
  hours: (h) => `${h} h`,
  minutes: (m) => `${m} min`,

  everyService: 'every service',
  anotherResource: 'another resource',
  opsQuestion: 'Which failures recover by themselves?',
  opsAnswer: (auto, total) => `${auto} of ${total} failures recover by themselves`,
  opsDetail: (partial, manual, spof) => `${partial} partly, ${manual} need a person${spof ? `; single points of failure: ${spof}` : ''}.`,
  businessQuestion: (peak) => `Does autoscaling carry ${peak}?`,
  businessNo: (peak, rps, services) => `No: ${peak} (${rps}) overwhelms ${services}`,
  businessYes: (peak, rps, tasks, p95) => `Yes: ${peak} at ${rps} runs ${tasks} tasks per service, p95 ${p95}`,
  businessRange: (typical, peak, ceiling) => `Typical ${typical} → peak ${peak} tasks, ceiling ${ceiling}`,
  belowAdvice: (subject, one) => `${subject} ${one ? 'runs' : 'run'} fewer tasks than recommended`,
  atCeiling: (subject, one) => `${subject} ${one ? 'hits' : 'hit'} the autoscaling maximum`,
  securityQuestion: 'Can the internet reach the database?',
  securityDirect: (port) => `Yes: the internet reaches the database directly on ${port}`,
  securityIndirect: (via, path) => `No, not directly: an attacker must first take over ${via} (${path})`,
  securityNone: 'No: no chain of connections leads from the internet to the database',
  securityDetail: (passed, layers, high, medium, low) => `${passed} of ${layers} defense layers hold; findings: ${high} high · ${medium} medium · ${low} low.`,
  financeQuestion: 'What does it cost a month against the budget?',
  atLeastCap: 'At least ',
  underBudget: (krw, usd) => `Under budget by ${krw} (${usd})`,
  overBudget: (krw, usd) => `Over budget by ${krw} (${usd})`,
  financeAnswer: (atLeast, krw, usd, budgetKrw, budgetUsd) => `${atLeast}${krw} (${usd}) a month vs ${budgetKrw} (${budgetUsd})`,
  financeDetail: (gap, rate, unknownLines) => `${gap} at ${rate} KRW/USD${unknownLines === null ? '' : `; ${unknownLines} price(s) unknown, so the total is a lower bound`}.`,
  ctoQuestion: (endpoint) => `Is p95 of ${endpoint} under the SLA?`,
  ctoNoServices: 'No services to judge',
  ctoWorst: (p95, service, at, sla) => `Worst p95 ${p95} (${service}, ${at}) vs SLA ${sla}`,
  ctoOverloaded: (service, at, sla) => `No: ${service} is overloaded at ${at} (its queue grows without bound) vs SLA ${sla}`,
  ctoDetail: (met, meeting, total, sla) => `${met ? 'SLA met' : 'SLA missed'}: ${meeting} of ${total} services stay under ${sla} at typical and peak load.`,
  fixesHigh: (id) => `Fixes high finding ${id}`,
  makesAutomatic: (items) => `Makes automatic: ${items}`,
  nowMode: (title, mode) => `${title} (now ${mode})`,

  regionName: { 'us-east-1': 'US East (N. Virginia)', 'ap-northeast-2': 'Asia Pacific (Seoul)' },
  overviewMeta: (azs, services) => `${azs} AZs · ${services} service${services === 1 ? '' : 's'}`,
  answersTitle: 'Five questions, five answers',
  answersSubtitle: 'One per stakeholder; the tabs hold the figures behind each',
  improvementsTitle: 'Top 3 improvements',
  improvementsSubtitle: 'High findings first, then failures that would recover by themselves',
  nothingToChange: 'Nothing to change: every failure recovers by itself and there are no high findings.',

  coverageTitle: 'Recovery coverage',
  coverageSubtitle: 'Share of the eight failures AWS recovers without a person',
  coverageFigure: (auto, total) => `${auto} of ${total}`,
  coverageTail: 'failures recover by themselves',
  objectivesTitle: 'Objectives',
  objectivesSubtitle: 'What each failure is judged against',
  spof: 'Single points of failure',
  scenariosTitle: 'Failure scenarios',
  scenariosSubtitle: (rto, rpo) => `From the smallest blast radius to the largest. ✓ = RTO ≤ ${rto} and RPO ≤ ${rpo}.`,
  scenariosCaption: 'Failure scenarios with recovery mode, RTO, RPO and what would change them',
  colScenario: 'Scenario',
  colMode: 'Mode',
  colMeets: 'Meets',
  colWhy: 'Why',
  colChange: 'What changes it',
  meetsObjectives: 'meets the objectives',
  missesObjectives: 'misses the objectives',
  showSteps: 'Show steps',
  partsOfScenario: 'Parts of this scenario',
  alreadyAutomatic: 'already automatic',

  trafficSummary: (bands, peak) => `Traffic profile: ${bands.join(', ')}; ${peak}.`,
  trafficBand: (name, rps, hours) => `${name} ${rps} for ${hours} h a day`,
  trafficPeak: (name, rps, hours) => `peak event ${name} ${rps} for ${hours} h`,
  tasksSummary: (services) => `Tasks per service: ${services.join('; ')}.`,
  tasksService: (name, typical, peak, max) => `${name} ${typical} typical, ${peak} at the peak, maximum ${max}`,
  trafficTitle: 'Traffic profile',
  trafficSubtitle: 'Requests per second in each daily band and at the peak event',
  peakDayTitle: (name) => `Peak day: ${name}`,
  peakDaySubtitle: (rps, hours) => `${rps} for ${hours} h`,
  notCarried: 'not carried',
  carriedNoHeadroom: 'carried, no headroom',
  carried: 'carried',
  minimumMonth: 'Minimum month',
  typicalMonth: 'Typical month',
  peakMonthWithPeak: 'Month with the peak',
  atRate: (rate) => `at ${rate} KRW/USD`,
  tasksTitle: 'Tasks per service',
  tasksSubtitle: 'What the scaling policy runs at the busiest daily band and at the peak, against its maximum',
  autoscalingTitle: 'Autoscaling',
  autoscalingSubtitle: 'Per service: the configured counts, the policy, and what it does to load and latency',
  autoscalingCaption: 'Autoscaling settings and load per service',
  colService: 'Service',
  colMinDesiredMax: 'Min / desired / max',
  colPolicy: 'Policy',
  colMetric: 'Metric',
  colTarget: 'Target',
  colScheduled: 'Scheduled peak',
  colBusiest: 'Busiest band',
  colPeak: 'Peak',
  colP95AtPeak: 'p95 at peak',
  autoscalingNote: '“Busiest band” and “Peak” show the requests a service sees and the tasks the policy runs for them.',
  policyNone: 'None (fixed count)',
  policyTarget: 'Target tracking',
  metric: { cpu: 'CPU', memory: 'Memory', 'requests-per-target': 'Requests per target', 'queue-length': 'Queue length' },
  targetPercent: (t) => `${t} %`,
  targetRequests: (t) => `${t} req/target`,
  targetQueued: (t) => `${t} queued/task`,
  scheduledTasks: (n) => `${n} tasks`,

  basis: PRICE_BASIS_LABELS.en,
  atLeast: 'at least ',
  financeSummary: (components, atLeast, total, budget) => `Monthly cost by component: ${components.join(', ')}; total ${atLeast}${total} against a budget of ${budget}.`,
  financeSummaryItem: (label, usd, unknown) => `${label} ${usd}${unknown ? ` plus ${unknown} unknown` : ''}`,
  thisMonth: 'This month',
  everyLineKnown: 'Every line has a known price',
  linesUnknown: (n) => `${n} line(s) have no known price: the total is a lower bound`,
  perMonth: (amount) => `${amount} a month`,
  withinBudgetBy: (krw) => `within budget by ${krw}`,
  overBudgetBy: (krw) => `over budget by ${krw}`,
  budgetTitle: 'Budget',
  budgetSubtitle: 'As the finance lead set it, in both currencies',
  exchangeRate: 'Exchange rate',
  bandTitle: 'Band',
  bandSubtitle: 'The month at minimum counts, as configured, and with the peak event',
  minimum: 'Minimum',
  typical: 'Typical',
  peakMonth: 'Peak month',
  byComponentTitle: 'Cost by component',
  byComponentSubtitle: (formula) => `Each bar starts where the one above it ends; the dashed line is the budget. ${formula}`,
  optionsTitle: 'What each option costs',
  optionsSubtitle: "The seeds' recurring choices, priced against this plan",
  optionsCaption: 'Monthly cost and effect of each option',
  colOption: 'Option',
  colUsdMonth: '+ USD a month',
  colKrwMonth: '+ KRW a month',
  colBecomeAutomatic: 'Failures that become automatic',
  colDeltaP95: 'Δ worst peak p95',
  alreadyInPlan: 'already in this plan',
  linesTitle: 'Cost lines',
  linesSubtitle: (compiled) => `Quantity × unit price, with the price's source and date (price catalog compiled ${compiled})`,
  linesCaption: 'Every cost line with its formula and source',
  colLine: 'Line',
  colFormula: 'Formula',
  colSource: 'Source',
  colMonthlyUsd: 'Monthly USD',
  total: (unknown) => `Total ${unknown === null ? '' : `(lower bound: ${unknown} unknown)`}`,
  noChange: 'no change',
  naOverloaded: 'n/a (overloaded)',

  unknownLines: (n) => `unknown (${n} line${n > 1 ? 's' : ''})`,
  plusUnknown: (atLeast, usd, n) => `${atLeast}${usd} + ${n} unknown`,
  knownPrice: 'Known price',
  unknownPrice: 'Unknown price (not counted)',
  totalBudget: (within) => `Total (${within ? 'within' : 'over'} budget)`,
  budgetLine: (usd) => `Budget ${usd}`,

  p95AtBusiestBandTip: 'p95 at the busiest band: ',
  p95AtPeakTip: 'p95 at the peak: ',
  p95AtBusiestBand: 'p95 at the busiest daily band',
  p95At: (peak) => `p95 at ${peak}`,
  overloadedLegend: 'Overloaded (queue grows without bound)',
  tasksAtBusiestBand: 'Tasks at the busiest daily band',
  tasksAtPeak: 'Tasks at the peak event',
  autoscalingMaximum: 'Autoscaling maximum',
  tasksAxis: 'tasks',
  hoursADay: (h) => `${h} h a day`,
  hoursEvent: (h) => `${h} h event`,
  dailyBand: 'Daily band',
  peakEvent: 'Peak event',

  dbTitle: 'Can the internet reach the database?',
  dbSubtitle: (port) => `On the database port ${port}, through security groups, subnets and route tables`,
  dbDirect: (port) => `Yes, directly on ${port}`,
  dbNotDirectly: 'Not directly',
  dbNo: 'No',
  path: 'Path',
  nearestPath: 'Nearest path an attacker would have to take',
  pathJoin: ' to ',
  reachTitle: 'What the internet reaches in one connection',
  reachSubtitle: 'Each exposure through the gateway, subnet tier and rule that let it in',
  reachNothing: 'Nothing: no resource admits the internet.',
  reachCaption: 'Resources reachable from the internet in one connection',
  colTarget2: 'Target',
  colPort: 'Port',
  colPath: 'Path',
  layersTitle: 'Defense in depth',
  layersSubtitle: (passed, total) => `${passed} of ${total} layers hold (seed 000, step 3)`,
  passes: 'passes',
  fails: 'fails',
  findingsTitle: 'Findings',
  findingsSubtitle: (high, medium, low) => `${high} high · ${medium} medium · ${low} low — high first`,
  noFindings: 'No findings.',
  fix: 'Fix:',
  rulesTitle: 'Security group rules',
  rulesSubtitle: "Every rule as configured; a group without outbound rules keeps AWS's default (all outbound)",
  rulesCaption: 'Security group rules',
  colGroup: 'Group',
  colDirection: 'Direction',
  colProtocol: 'Protocol',
  colPorts: 'Ports',
  colPeer: 'Source / destination',
  colDescription: 'Description',
  direction: { Inbound: 'Inbound', Outbound: 'Outbound' },
  all: 'All',
  awsDefaultOutbound: 'AWS default: all outbound',
  internet: 'Internet',
  internetGateway: 'Internet gateway',
  subnet: (tier) => `${tier} subnet`,

  tileCost: 'Cost vs budget',
  tileRecovery: 'Recovery coverage',
  tileHigh: 'High security findings',
  highCount: (n) => `${n} high`,
  highDetail: (medium, low, answer) => `${medium} medium · ${low} low; ${answer}.`,
  latencySummary: (sla, services) => `p95 per service against the SLA of ${sla}: ${services.join('; ')}.`,
  latencyService: (name, typical, peak, peakName) => `${name} ${typical} typical, ${peak} at ${peakName}`,
  tradeoffTitle: 'Trade-off',
  tradeoffSubtitle: (holds, short) => `Holds: ${holds || 'nothing yet'}. Falls short: ${short || 'nothing'}.`,
  latencyTitle: 'p95 latency per service',
  latencySubtitle: (endpoint, overhead, peak) => `${endpoint}: network overhead ${overhead} + M/M/c queue p95, at the busiest daily band and at ${peak}`,
  sizingTitle: 'Sizing',
  sizingSubtitle: 'Utilisation per task and task counts: configured, recommended by the engine, and run at the peak',
  sizingCaption: 'Utilisation and task counts per service',
  colUtilBusiest: 'Utilisation, busiest band',
  colUtilPeak: 'Utilisation, peak',
  colConfigured: 'Configured (min–max)',
  colRecommended: 'Recommended',
  colPeakTasks: 'Peak tasks',
  colP95TypicalPeak: 'p95 typical / peak',
  noneMeetsSla: 'none meets the SLA',
  formulasTitle: 'How the figures are computed',
  formulasSubtitle: 'The queueing model per service, at both load points',
  formulaRates: (typical, peak, each) => `(${typical} typical, ${peak} peak${each ? ', each' : ''})`,
}

const ko: ViewWords = {
  tabs: { overview: '개요', ops: '운영', business: '비즈니스', security: '보안', finance: '재무', cto: 'CTO' },
  tablistLabel: '이해관계자별 화면',
  verdict: { good: '양호', warn: '주의', bad: '조치 필요' },
  mode: modeWords('ko'),
  severity: { high: '높음', medium: '중간', low: '낮음' },
  component: COST_COMPONENT_LABELS.ko,
  totalAMonth: '월 합계',
  unknown: '알 수 없음',
  overloaded: '과부하',
  unbounded: '제한 없음',
  none: '없음',
  hours: (h) => `${h}시간`,
  minutes: (m) => `${m}분`,

  everyService: '모든 서비스',
  anotherResource: '다른 리소스',
  opsQuestion: '어떤 장애가 자동으로 복구되나요?',
  opsAnswer: (auto, total) => `장애 ${total}건 중 ${auto}건 자동 복구`,
  opsDetail: (partial, manual, spof) => `부분 복구 ${partial}건, 수동 조치 필요 ${manual}건${spof ? ` · 단일 장애점: ${spof}` : ''}.`,
  businessQuestion: (peak) => `오토스케일링으로 ${peak} 트래픽을 감당할 수 있나요?`,
  businessNo: (peak, rps, services) => `아니요: ${peak}(${rps})에서 과부하 — ${services}`,
  businessYes: (peak, rps, tasks, p95) => `예: ${peak}(${rps})에 서비스당 태스크 ${tasks}개, p95 ${p95}`,
  businessRange: (typical, peak, ceiling) => `태스크 평상시 ${typical}개 → 피크 ${peak}개, 상한 ${ceiling}개`,
  belowAdvice: (subject) => `${subject}: 권장보다 태스크가 적음`,
  atCeiling: (subject) => `${subject}: 오토스케일링 최대치 도달`,
  securityQuestion: '인터넷에서 데이터베이스에 접근할 수 있나요?',
  securityDirect: (port) => `예: 인터넷에서 ${port} 포트로 데이터베이스에 직접 접근할 수 있습니다`,
  securityIndirect: (via, path) => `아니요, 직접은 불가: 공격자가 먼저 ${via}을(를) 장악해야 합니다 (${path})`,
  securityNone: '아니요: 인터넷에서 데이터베이스까지 이어지는 연결 경로가 없습니다',
  securityDetail: (passed, layers, high, medium, low) => `방어 계층 ${layers}개 중 ${passed}개 유지 · 보안 점검 결과: 높음 ${high} · 중간 ${medium} · 낮음 ${low}.`,
  financeQuestion: '월 비용은 예산 대비 얼마인가요?',
  atLeastCap: '최소 ',
  underBudget: (krw, usd) => `예산보다 ${krw}(${usd}) 적음`,
  overBudget: (krw, usd) => `예산 ${krw}(${usd}) 초과`,
  financeAnswer: (atLeast, krw, usd, budgetKrw, budgetUsd) => `월 비용 ${atLeast}${krw}(${usd}) / 예산 ${budgetKrw}(${budgetUsd})`,
  financeDetail: (gap, rate, unknownLines) => `${gap}, 환율 ${rate} KRW/USD 기준${unknownLines === null ? '' : ` · 단가를 알 수 없는 항목 ${unknownLines}개가 있어 합계는 하한값입니다`}.`,
  ctoQuestion: (endpoint) => `${endpoint}의 응답 시간 p95가 SLA 이내인가요?`,
  ctoNoServices: '평가할 서비스가 없습니다',
  ctoWorst: (p95, service, at, sla) => `최대 p95 ${p95} (${service}, ${at}) / SLA ${sla}`,
  ctoOverloaded: (service, at, sla) => `아니요: ${at}에서 ${service} 과부하 (대기열이 끝없이 늘어남) / SLA ${sla}`,
  ctoDetail: (met, meeting, total, sla) => `${met ? 'SLA 충족' : 'SLA 미달'}: 서비스 ${total}개 중 ${meeting}개가 평상시와 피크 모두 ${sla} 이내.`,
  fixesHigh: (id) => `높음 등급 점검 결과 ${id} 해결`,
  makesAutomatic: (items) => `자동 복구로 전환: ${items}`,
  nowMode: (title, mode) => `${title} (현재 ${mode})`,

  regionName: { 'us-east-1': '미국 동부(버지니아 북부)', 'ap-northeast-2': '아시아 태평양(서울)' },
  overviewMeta: (azs, services) => `가용 영역 ${azs}개 · 서비스 ${services}개`,
  answersTitle: '다섯 가지 질문, 다섯 가지 답',
  answersSubtitle: '이해관계자별로 하나씩. 근거 수치는 각 탭에 있습니다',
  improvementsTitle: '우선 개선 과제 3가지',
  improvementsSubtitle: '높음 등급 보안 점검 결과부터, 그다음 자동 복구로 바꿀 수 있는 장애',
  nothingToChange: '바꿀 것이 없습니다. 모든 장애가 자동 복구되고 높음 등급 점검 결과도 없습니다.',

  coverageTitle: '자동 복구 범위',
  coverageSubtitle: '8가지 장애 중 사람 개입 없이 AWS가 복구하는 비율',
  coverageFigure: (auto, total) => `${total}건 중 ${auto}건`,
  coverageTail: '자동 복구',
  objectivesTitle: '복구 목표',
  objectivesSubtitle: '각 장애를 판정하는 기준',
  spof: '단일 장애점',
  scenariosTitle: '장애 시나리오',
  scenariosSubtitle: (rto, rpo) => `영향 범위가 작은 것부터 큰 순서. ✓ = RTO ≤ ${rto}, RPO ≤ ${rpo} 충족.`,
  scenariosCaption: '장애 시나리오별 복구 방식, RTO, RPO와 개선 방법',
  colScenario: '시나리오',
  colMode: '복구 방식',
  colMeets: '충족',
  colWhy: '이유',
  colChange: '개선 방법',
  meetsObjectives: '복구 목표 충족',
  missesObjectives: '복구 목표 미달',
  showSteps: '단계 보기',
  partsOfScenario: '이 시나리오의 구성 요소',
  alreadyAutomatic: '이미 자동',

  trafficSummary: (bands, peak) => `트래픽 프로필: ${bands.join(', ')}; ${peak}.`,
  trafficBand: (name, rps, hours) => `${name} ${rps}, 하루 ${hours}시간`,
  trafficPeak: (name, rps, hours) => `피크 이벤트 ${name} ${rps}, ${hours}시간`,
  tasksSummary: (services) => `서비스별 태스크 수: ${services.join('; ')}.`,
  tasksService: (name, typical, peak, max) => `${name} 평상시 ${typical}개, 피크 ${peak}개, 최대 ${max}개`,
  trafficTitle: '트래픽 프로필',
  trafficSubtitle: '일일 시간대별, 그리고 피크 이벤트의 초당 요청 수',
  peakDayTitle: (name) => `피크 데이: ${name}`,
  peakDaySubtitle: (rps, hours) => `${rps}, ${hours}시간`,
  notCarried: '감당 불가',
  carriedNoHeadroom: '감당 가능, 여유 없음',
  carried: '감당 가능',
  minimumMonth: '최소 월 비용',
  typicalMonth: '평상시 월 비용',
  peakMonthWithPeak: '피크 포함 월 비용',
  atRate: (rate) => `(환율 ${rate} KRW/USD 기준)`,
  tasksTitle: '서비스별 태스크 수',
  tasksSubtitle: '가장 바쁜 일일 시간대와 피크에 스케일링 정책이 실행하는 태스크 수, 최대치와 비교',
  autoscalingTitle: '오토스케일링',
  autoscalingSubtitle: '서비스별 설정 개수, 정책, 그리고 부하와 응답 시간에 미치는 영향',
  autoscalingCaption: '서비스별 오토스케일링 설정과 부하',
  colService: '서비스',
  colMinDesiredMax: '최소 / 희망 / 최대',
  colPolicy: '정책',
  colMetric: '지표',
  colTarget: '목표값',
  colScheduled: '예약 피크',
  colBusiest: '가장 바쁜 시간대',
  colPeak: '피크',
  colP95AtPeak: '피크 시 p95',
  autoscalingNote: '“가장 바쁜 시간대”와 “피크”는 서비스가 받는 요청 수와 정책이 그에 맞춰 실행하는 태스크 수입니다.',
  policyNone: '없음 (고정 개수)',
  policyTarget: '대상 추적',
  metric: { cpu: 'CPU', memory: '메모리', 'requests-per-target': '대상당 요청 수', 'queue-length': '대기열 길이' },
  targetPercent: (t) => `${t} %`,
  targetRequests: (t) => `대상당 ${t} req`,
  targetQueued: (t) => `태스크당 대기 ${t}건`,
  scheduledTasks: (n) => `태스크 ${n}개`,

  basis: PRICE_BASIS_LABELS.ko,
  atLeast: '최소 ',
  financeSummary: (components, atLeast, total, budget) => `구성 요소별 월 비용: ${components.join(', ')}; 합계 ${atLeast}${total}, 예산 ${budget}.`,
  financeSummaryItem: (label, usd, unknown) => `${label} ${usd}${unknown ? ` + 미확인 ${unknown}개` : ''}`,
  thisMonth: '이번 달',
  everyLineKnown: '모든 항목의 단가가 확인됨',
  linesUnknown: (n) => `${n}개 항목의 단가를 알 수 없어 합계는 하한값입니다`,
  perMonth: (amount) => `월 ${amount}`,
  withinBudgetBy: (krw) => `예산 내 (${krw} 여유)`,
  overBudgetBy: (krw) => `예산 ${krw} 초과`,
  budgetTitle: '예산',
  budgetSubtitle: '재무 담당자가 정한 금액, 두 통화로 표시',
  exchangeRate: '환율',
  bandTitle: '비용 범위',
  bandSubtitle: '최소 개수 기준, 현재 설정 기준, 피크 이벤트 포함 월 비용',
  minimum: '최소',
  typical: '평상시',
  peakMonth: '피크 월',
  byComponentTitle: '구성 요소별 비용',
  byComponentSubtitle: (formula) => `각 막대는 위 막대가 끝난 지점에서 시작하고, 점선은 예산입니다. ${formula}`,
  optionsTitle: '옵션별 비용',
  optionsSubtitle: '자주 검토하는 선택지를 이 설계 기준으로 산정한 비용',
  optionsCaption: '옵션별 월 비용과 효과',
  colOption: '옵션',
  colUsdMonth: '월 추가 USD',
  colKrwMonth: '월 추가 KRW',
  colBecomeAutomatic: '자동 복구로 바뀌는 장애',
  colDeltaP95: '최대 피크 p95 변화',
  alreadyInPlan: '이미 적용됨',
  linesTitle: '비용 항목',
  linesSubtitle: (compiled) => `수량 × 단가, 단가 출처와 기준일 포함 (단가표 작성일 ${compiled})`,
  linesCaption: '모든 비용 항목의 산식과 출처',
  colLine: '항목',
  colFormula: '산식',
  colSource: '출처',
  colMonthlyUsd: '월 USD',
  total: (unknown) => `합계 ${unknown === null ? '' : `(하한값: 미확인 ${unknown}개)`}`,
  noChange: '변화 없음',
  naOverloaded: '해당 없음 (과부하)',

  unknownLines: (n) => `알 수 없음 (${n}개 항목)`,
  plusUnknown: (atLeast, usd, n) => `${atLeast}${usd} + 미확인 ${n}개`,
  knownPrice: '확인된 단가',
  unknownPrice: '알 수 없는 단가 (합계 제외)',
  totalBudget: (within) => `합계 (${within ? '예산 내' : '예산 초과'})`,
  budgetLine: (usd) => `예산 ${usd}`,

  p95AtBusiestBandTip: '가장 바쁜 시간대 p95: ',
  p95AtPeakTip: '피크 시 p95: ',
  p95AtBusiestBand: '가장 바쁜 일일 시간대의 p95',
  p95At: (peak) => `${peak} p95`,
  overloadedLegend: '과부하 (대기열이 끝없이 늘어남)',
  tasksAtBusiestBand: '가장 바쁜 일일 시간대의 태스크 수',
  tasksAtPeak: '피크 이벤트의 태스크 수',
  autoscalingMaximum: '오토스케일링 최대치',
  tasksAxis: '태스크',
  hoursADay: (h) => `하루 ${h}시간`,
  hoursEvent: (h) => `이벤트 ${h}시간`,
  dailyBand: '일일 시간대',
  peakEvent: '피크 이벤트',

  dbTitle: '인터넷에서 데이터베이스에 접근할 수 있나요?',
  dbSubtitle: (port) => `데이터베이스 포트 ${port} 기준, 보안 그룹·서브넷·라우팅 테이블을 따라 확인`,
  dbDirect: (port) => `예, ${port} 포트로 직접 접근 가능`,
  dbNotDirectly: '직접 접근 불가',
  dbNo: '아니요',
  path: '경로',
  nearestPath: '공격자가 거쳐야 하는 가장 가까운 경로',
  pathJoin: ' → ',
  reachTitle: '인터넷에서 한 번의 연결로 닿는 리소스',
  reachSubtitle: '노출마다 허용한 게이트웨이, 서브넷 계층, 규칙을 함께 표시',
  reachNothing: '없음: 인터넷 접근을 허용하는 리소스가 없습니다.',
  reachCaption: '인터넷에서 한 번의 연결로 접근 가능한 리소스',
  colTarget2: '대상',
  colPort: '포트',
  colPath: '경로',
  layersTitle: '심층 방어',
  layersSubtitle: (passed, total) => `방어 계층 ${total}개 중 ${passed}개 유지 (seed 000, 3단계)`,
  passes: '통과',
  fails: '실패',
  findingsTitle: '보안 점검 결과',
  findingsSubtitle: (high, medium, low) => `높음 ${high} · 중간 ${medium} · 낮음 ${low} — 높음 등급부터`,
  noFindings: '점검 결과가 없습니다.',
  fix: '조치:',
  rulesTitle: '보안 그룹 규칙',
  rulesSubtitle: '설정된 모든 규칙. 아웃바운드 규칙이 없는 그룹은 AWS 기본값(모든 아웃바운드 허용)을 따릅니다',
  rulesCaption: '보안 그룹 규칙',
  colGroup: '그룹',
  colDirection: '방향',
  colProtocol: '프로토콜',
  colPorts: '포트',
  colPeer: '소스 / 대상',
  colDescription: '설명',
  direction: { Inbound: '인바운드', Outbound: '아웃바운드' },
  all: '전체',
  awsDefaultOutbound: 'AWS 기본값: 모든 아웃바운드 허용',
  internet: '인터넷',
  internetGateway: '인터넷 게이트웨이',
  subnet: (tier) => `${tier} 서브넷`,

  tileCost: '예산 대비 비용',
  tileRecovery: '자동 복구 범위',
  tileHigh: '높음 등급 보안 점검 결과',
  highCount: (n) => `높음 ${n}건`,
  highDetail: (medium, low, answer) => `중간 ${medium} · 낮음 ${low} · ${answer}.`,
  latencySummary: (sla, services) => `SLA ${sla} 대비 서비스별 p95: ${services.join('; ')}.`,
  latencyService: (name, typical, peak, peakName) => `${name} 평상시 ${typical}, ${peakName} ${peak}`,
  tradeoffTitle: '트레이드오프',
  tradeoffSubtitle: (holds, short) => `충족: ${holds || '아직 없음'}. 미흡: ${short || '없음'}.`,
  latencyTitle: '서비스별 응답 시간 p95',
  latencySubtitle: (endpoint, overhead, peak) => `${endpoint}: 네트워크 오버헤드 ${overhead} + M/M/c 대기열 p95, 가장 바쁜 일일 시간대와 ${peak} 기준`,
  sizingTitle: '용량 산정',
  sizingSubtitle: '태스크당 사용률과 태스크 수: 설정값, 엔진 권장값, 피크 시 실행 수',
  sizingCaption: '서비스별 사용률과 태스크 수',
  colUtilBusiest: '사용률, 가장 바쁜 시간대',
  colUtilPeak: '사용률, 피크',
  colConfigured: '설정값 (최소–최대)',
  colRecommended: '권장',
  colPeakTasks: '피크 태스크',
  colP95TypicalPeak: 'p95 평상시 / 피크',
  noneMeetsSla: 'SLA를 충족하는 값 없음',
  formulasTitle: '수치 계산 방법',
  formulasSubtitle: '서비스별 대기열 모델, 두 부하 지점 기준',
  formulaRates: (typical, peak, each) => `(평상시 ${typical}, 피크 ${peak}${each ? ', 서비스별' : ''})`,
}

const WORDS: Record<Locale, ViewWords> = { en, ko }

export function viewWords(locale: Locale): ViewWords {
  return WORDS[locale]
}

export function useViewWords(): { w: ViewWords; locale: Locale } {
  const { locale } = useLocale()
  return { w: WORDS[locale], locale }
}
