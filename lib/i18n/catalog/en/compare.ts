import type { ChangeEffect, CompareReason, FieldId, LineLabel, SectionPath, ServiceFieldId, SgRuleFacts } from '../../../compare/compare-reasons'
import { PURCHASE_WORDS as PURCHASE } from './purchase-words'
import type { RecoveryMode } from '../../../recovery/scenario-ids'
import { formatKrw, formatNumber, formatUsd } from '../../format'
import { joinList } from '../../join-list'
import { plural } from '../../plural'
import type { Messages } from '../define'
import { sayCost } from '../say-cost'
import { recovery } from './recovery'

const FIELD: Record<FieldId, string> = {
  region: 'Region',
  azCount: 'Availability zones',
  nat: 'NAT',
  flowLogs: 'VPC flow logs',
  vpcEndpoints: 'VPC endpoints',
  loadBalancers: 'Load balancers',
  dbEngine: 'Database engine',
  dbClass: 'Database class',
  dbMultiAz: 'Database Multi-AZ',
  dbReplicas: 'Read replicas',
  dbStorage: 'Database storage',
  dbStorageAutoscaling: 'Database storage autoscaling',
  dbPurchase: 'Database purchase option',
  dbBackups: 'Database backup retention',
  dbInsights: 'Database Insights',
  dbEncrypted: 'Database encryption',
  dbPublic: 'Database publicly accessible',
  dbLeastPrivilege: 'Least-privilege app DB user',
  cache: 'Cache',
  cacheNodeType: 'Cache node type',
  cacheNodes: 'Cache nodes',
  cachePurchase: 'Cache purchase option',
  bastion: 'Bastion',
  bastionPurchase: 'Bastion purchase option',
  ssm: 'Session Manager (SSM)',
  cloudfront: 'CloudFront',
  waf: 'WAF',
  containerInsights: 'Container Insights',
  logs: 'Logs ingested',
  logRetention: 'Log retention',
  drMode: 'Disaster recovery',
  crossRegionBackups: 'Cross-region backups',
  publicIpv4: 'Public IPv4 billing',
  budget: 'Monthly budget',
  exchangeRate: 'Exchange rate',
  peakRps: 'Peak traffic',
  peakHours: 'Peak duration',
  sla: 'SLA p95',
  rto: 'RTO objective',
  rpo: 'RPO objective',
}

/** A service setting changed alike in every service ("Tasks per service"), and in one ("{service}: tasks"). */
const SERVICES_FIELD: Record<ServiceFieldId, string> = {
  tasks: 'Tasks per service',
  compute: 'Compute',
  fargateSize: 'Fargate task size',
  instanceType: 'Instance type',
  computePurchase: 'Compute purchase option',
  scaling: 'Autoscaling',
  autoRollback: 'Deploy auto-rollback',
}
const SERVICE_FIELD: Record<ServiceFieldId, string> = {
  tasks: 'tasks',
  compute: 'compute',
  fargateSize: 'Fargate task size',
  instanceType: 'instance type',
  computePurchase: 'purchase option',
  scaling: 'autoscaling',
  autoRollback: 'deploy auto-rollback',
}

const SECTION: Record<SectionPath, string> = {
  'config.region': 'Region',
  'config.network': 'Network',
  'config.securityGroups': 'Security groups',
  'config.loadBalancers': 'Load balancer settings',
  'config.database': 'Database settings',
  'config.cache': 'Cache settings',
  'config.adminAccess': 'Admin access',
  'config.edge': 'Edge and DNS',
  'config.monitoring': 'Monitoring',
  'config.disasterRecovery': 'Disaster recovery',
  'config.billing': 'Billing assumptions',
  'config.pricing': 'Your own prices',
  'requirements.budget': 'Budget',
  'requirements.traffic': 'Traffic profile',
  'requirements.sla': 'SLA',
  'requirements.recovery': 'Recovery objectives',
  'requirements.securityPolicy': 'Security policy',
}

const NAT = { none: 'none', single: 'one shared NAT gateway', 'per-az': 'one NAT gateway per AZ', instance: 'NAT instance' } as const
const DR = { none: 'none', 'backup-restore': 'backup and restore', 'pilot-light': 'pilot light', 'warm-standby': 'warm standby' } as const
const INSIGHTS = { off: 'off', standard: 'standard', advanced: 'advanced' } as const
const METRIC = { cpu: 'CPU %', memory: 'memory %', 'requests-per-target': 'requests per target', 'queue-length': 'queue length' } as const
const SEVERITY = { high: 'high', medium: 'medium', low: 'low' } as const

const onOff = (on: boolean) => (on ? 'on' : 'off')
const ruleTraffic = (r: SgRuleFacts) => (r.protocol === 'all' ? 'all traffic' : `${r.protocol.toUpperCase()} ${r.fromPort === r.toPort ? r.fromPort : `${r.fromPort}–${r.toPort}`}`)
const rulePeer = ({ peer }: SgRuleFacts) => (peer.kind === 'sg' ? peer.name : peer.kind === 'cidr' ? (peer.label ? `${peer.label} (${peer.cidr})` : peer.cidr) : 'CloudFront origin-facing servers')
const mode = (m: RecoveryMode) => recovery[`recovery.mode.${m}`]({})
const perMonth = (usd: number) => `${formatUsd(usd, 'en')}/month`
/** U+2212 for minus, so columns of deltas line up (as in the finance view). */
const signedPerMonth = (usd: number) => `${usd > 0 ? '+' : usd < 0 ? '−' : ''}${perMonth(Math.abs(usd))}`
const ms = (value: number | null) => (value === null ? 'overloaded' : `${formatNumber(Math.round(value), 'en')} ms`)
const size = (p: { vcpu: number; memoryGb: number; arm: boolean; diskGb: number | null }) =>
  `${p.vcpu} vCPU / ${p.memoryGb} GB${p.arm ? ' arm' : ''}${p.diskGb === null ? '' : `, ${p.diskGb} GB disk`}`
const names = (list: readonly string[]) => joinList(list, 'en')
const tally = (c: { high: number; medium: number; low: number }) => `${c.high} high, ${c.medium} medium, ${c.low} low`
const percent = (value: number | null) => (value === null ? '∞' : `${value} %`)
const peak = (p: { peakName: string; peakRps: number }) => `${p.peakName} (${formatNumber(p.peakRps, 'en')} req/s)`
/** A verb for its subject's count: verb(2, 'recovers', 'recover'). */
const verb = (count: number, one: string, other: string) => plural('en', count, { one, other })

/** "prices for 2 lines (A; B)": what an incomplete total lacks. */
const unknownLines = (plan: { unknownCount: number; unknownLines: readonly LineLabel[] }) =>
  `${plural('en', plan.unknownCount, { one: 'a price for 1 line', other: `prices for ${plan.unknownCount} lines` })} (${plan.unknownLines.map((l) => sayCost('en', l)).join('; ')})`

/** "(the others: 3/8)" when the rest agree, else each with its name. */
function others<T extends { name: string }>(rest: readonly T[], figure: (item: T) => string): string {
  if (rest.length === 0) return ''
  const figures = rest.map(figure)
  if (figures.every((f) => f === figures[0])) return ` (the others: ${figures[0]})`
  return ` (the others: ${rest.map((r, i) => `${figures[i]} for ${r.name}`).join(', ')})`
}

const effects: Messages<ChangeEffect> = {
  'compare.effect.line-to-unknown': (p) => `${sayCost('en', p.line)}: ${p.fromUsd === null ? '—' : perMonth(p.fromUsd)} → unknown price`,
  'compare.effect.line-to-known': (p) => `${sayCost('en', p.line)}: unknown price → ${perMonth(p.toUsd)}`,
  'compare.effect.still-unknown': (p) => `${sayCost('en', p.line)}: price unknown before and after`,
  'compare.effect.cost': (p) => signedPerMonth(p.deltaUsd),
  'compare.effect.other-lines': (p) => `${signedPerMonth(p.deltaUsd)} on the other lines`,
  'compare.effect.peak-month': (p) => `peak month ${signedPerMonth(p.deltaUsd)}`,
  'compare.effect.budget': (p) => `budget: ${p.fromWithin ? 'within' : 'over'} → ${p.toWithin ? 'within' : 'over'}`,
  'compare.effect.recovery': (p) => `${p.scenarioId}: ${mode(p.from)} → ${mode(p.to)}`,
  'compare.effect.worst-p95': (p) => `worst peak p95: ${ms(p.fromMs)} → ${ms(p.toMs)}`,
  'compare.effect.sla': (p) => `SLA: ${p.fromMet ? 'met' : 'missed'} → ${p.toMet ? 'met' : 'missed'}`,
  'compare.effect.findings': (p) => `${SEVERITY[p.severity]} findings: ${p.from} → ${p.to}`,
  'compare.effect.none': () => 'no change in cost, recovery, p95 or findings',
  'compare.effect.not-alone': (p) => `not evaluated alone: ${p.reason}`,
  'compare.effect.not-priced': (p) => `not evaluated alone: only the first ${p.limit} changes of a design this large are`,
}

/** The comparison's words in English: the diff's settings, values and effects, and the winners' reasons. */
export const compare: Messages<CompareReason> = {
  'compare.field': (p) => FIELD[p.field],
  'compare.services-field': (p) => SERVICES_FIELD[p.field],
  'compare.service-field': (p) => `${p.service}: ${SERVICE_FIELD[p.field]}`,
  'compare.service': (p) => p.service,
  'compare.changed': (p) => `${SECTION[p.section]} changed`,
  'compare.service-changed': (p) => `${p.service} settings changed`,
  'compare.path-changed': (p) => `${p.path} changed`,
  'compare.sg-rule': (p) => `${p.group}: ${p.inbound ? 'inbound' : 'outbound'} rule ${ruleTraffic(p.rule)} ${p.inbound ? 'from' : 'to'} ${rulePeer(p.rule)}`,

  'compare.value.text': (p) => p.text,
  'compare.value.on-off': (p) => onOff(p.on),
  'compare.value.none': () => 'none',
  'compare.value.present': () => 'in the plan',
  'compare.value.added': () => 'added',
  'compare.value.removed': () => 'removed',
  'compare.value.purchase': (p) => PURCHASE[p.option],
  'compare.value.nat': (p) => (p.mode === 'instance' ? `${NAT.instance} (${p.instanceType})` : NAT[p.mode]),
  'compare.value.days': (p) => `${p.days} days`,
  'compare.value.storage': (p) => `${p.gb} GB ${p.type}`,
  'compare.value.up-to': (p) => `on, up to ${p.gb} GB`,
  'compare.value.gb-per-month': (p) => `${p.gb} GB/month`,
  'compare.value.rps': (p) => `${p.rps} req/s`,
  'compare.value.hours': (p) => `${p.hours} h`,
  'compare.value.minutes': (p) => `${p.minutes} min`,
  'compare.value.ms': (p) => `${p.ms} ms`,
  'compare.value.waf': (p) => `on (${p.rules} rules)`,
  'compare.value.cache': (p) => `${p.nodeType} × ${p.nodes} (${p.engine})`,
  'compare.value.dr': (p) => DR[p.mode],
  'compare.value.insights': (p) => INSIGHTS[p.level],
  'compare.value.budget': (p) => (p.currency === 'KRW' ? formatKrw(p.amount, 'en') : formatUsd(p.amount, 'en')),
  'compare.value.exchange-rate': (p) => `${p.krwPerUsd} KRW/USD`,
  'compare.value.tasks': (p) =>
    p.min !== null ? `${p.desired} (min ${p.min}, max ${p.max})` : p.max !== null ? `${p.desired} (max ${p.max})` : String(p.desired),
  'compare.value.fargate-size': (p) => size(p),
  'compare.value.fargate': (p) => `Fargate ${size(p)}`,
  'compare.value.ec2': (p) => `EC2 ${p.instanceType}`,
  'compare.value.scaling': (p) => {
    const text = p.tracking === null ? 'none' : `target tracking on ${METRIC[p.tracking.metric]} ${p.tracking.target}`
    return p.scheduledPeakCount === null ? text : `${text}, ${p.scheduledPeakCount} scheduled for the peak`
  },

  ...effects,

  'compare.winner.ops-tie': (p) => `A tie: every plan recovers ${p.autoCount}/${p.scenarioCount} failure scenarios automatically with the same total RTO.`,
  'compare.winner.ops': (p) => {
    const auto = (i: { autoCount: number; scenarioCount: number }) => `${i.autoCount}/${i.scenarioCount}`
    const tieBreak =
      p.tieBreakRtoSumMinutes === null ? '' : ` Among plans with as many, it has the shortest total RTO (${formatNumber(p.tieBreakRtoSumMinutes, 'en', 1)} min).`
    return `${names(p.winners)} ${verb(p.winners.length, 'recovers', 'recover')} ${auto(p)} failure scenarios automatically${others(p.others, auto)}.${tieBreak}`
  },
  'compare.winner.business-none': (p) => `No plan carries ${peak(p)} within the SLA.`,
  'compare.winner.business-tie': (p) => `A tie: every plan carries ${peak(p)} with the same ${percent(p.headroomPercent)} to spare at its autoscaling maximum.`,
  'compare.winner.business': (p) => {
    const missed = p.notCarried.length === 0 ? '' : ` ${names(p.notCarried)} ${verb(p.notCarried.length, 'does', 'do')} not carry it.`
    return `${names(p.winners)} ${verb(p.winners.length, 'carries', 'carry')} ${peak(p)} with the most to spare at the autoscaling maximum: ${percent(p.headroomPercent)}${others(p.others, (o) => percent(o.headroomPercent))}.${missed}`
  },
  'compare.winner.security-tie': (p) => `A tie: every plan has the same findings (${tally(p.counts)}).`,
  'compare.winner.security': (p) =>
    `${names(p.winners)} ${verb(p.winners.length, 'has', 'have')} the fewest findings, high first, then medium, then low: ${tally(p.counts)}${others(p.others, (o) => tally(o.counts))}.`,
  'compare.winner.finance-cannot-tell': (p) => {
    const each = p.plans.map((plan) => ` ${plan.name}: at least ${perMonth(plan.monthlyUsd)}, without ${unknownLines(plan)}.`).join('')
    return `Cannot tell: ${names(p.plans.map((plan) => plan.name))} ${verb(p.plans.length, 'has', 'have')} unknown lines, so the cheapest plan is not known.${each}`
  },
  'compare.winner.finance': (p) => {
    const money = `${perMonth(p.monthlyUsd)} (${formatKrw(p.monthlyKrw, 'en')})`
    const dearer = p.dearerIncomplete.map((plan) => ` ${plan.name} has unknown lines, without ${unknownLines(plan)}, but its known part alone is already ${perMonth(plan.monthlyUsd)}.`).join('')
    const { budget } = p
    const budgetNote = budget.withinBudget
      ? ` It is within the ${formatKrw(budget.budgetKrw, 'en')} budget.`
      : ` ${budget.allOver ? 'Every plan is' : 'It is'} over the ${formatKrw(budget.budgetKrw, 'en')} budget (this one by ${formatKrw(budget.overByKrw, 'en')}).`
    const n = p.winners.length
    return `${names(p.winners)} ${verb(n, 'is', 'are')} the cheapest fully priced ${verb(n, 'plan', 'plans')} at ${money}.${dearer}${budgetNote}`
  },
  'compare.winner.cto-none': () => 'No plan meets the SLA.',
  'compare.winner.cto-tie': (p) => `A tie: every plan meets the SLA with the same worst peak p95 of ${ms(p.p95Ms)} (SLA ${formatNumber(p.slaMs, 'en')} ms).`,
  'compare.winner.cto': (p) => {
    const missed = p.missed.length === 0 ? '' : ` ${names(p.missed)} ${verb(p.missed.length, 'misses', 'miss')} the SLA.`
    return `${names(p.winners)} ${verb(p.winners.length, 'has', 'have')} the lowest worst peak p95 among plans meeting the SLA: ${ms(p.p95Ms)} vs ${formatNumber(p.slaMs, 'en')} ms${others(p.others, (o) => ms(o.p95Ms))}.${missed}`
  },
}
