import type { CostFormula, CostLabel, CostSource, FormulaNote, PriceTerm, PriceUnit, QuantityFactor } from '../../../cost/cost-reasons'
import { PURCHASE_WORDS as PURCHASE } from './purchase-words'
import { formatNotation as n, formatNotationUsd as usd, formatNumber } from '../../format'
import { plural } from '../../plural'
import type { CostNamespaceReason } from '../cost-namespace'
import type { Messages } from '../define'


const deployment = (multiAz: boolean) => (multiAz ? 'Multi-AZ' : 'Single-AZ')
/** Names inside a bill label are a comma list, as the bill writes them, not a sentence. */
const names = (items: readonly string[]) => items.join(', ')
/** Won amounts in formulas: grouped digits. */
const krw = (value: number) => formatNumber(value, 'en')
const count = (value: number, one: string, other: string) => `${n(value)} ${plural('en', value, { one, other })}`

const labels: Messages<CostLabel> = {
  'cost.label.fargate-vcpu': (p) => `Fargate vCPU (${names(p.services)})`,
  'cost.label.fargate-memory': (p) => `Fargate memory (${names(p.services)})`,
  'cost.label.fargate-storage': (p) => `Fargate ephemeral storage above ${p.includedGb} GB (${names(p.services)})`,
  'cost.label.ec2': (p) => `EC2 ${p.instanceType} ${PURCHASE[p.purchase]} (${p.service})`,
  'cost.label.ec2-spot': (p) => `EC2 ${p.instanceType} Spot (${p.service})`,
  'cost.label.rds-instance': (p) => `RDS ${p.engine} ${p.instanceClass} ${deployment(p.multiAz)} ${PURCHASE[p.purchase]}`,
  'cost.label.rds-storage': (p) => `RDS ${p.storageType} storage ${deployment(p.multiAz)}`,
  'cost.label.rds-read-replicas': (p) => `RDS read replicas (${p.instanceClass} Single-AZ)`,
  'cost.label.rds-replica-storage': (p) => `RDS read replica ${p.storageType} storage`,
  'cost.label.database-insights': () => 'CloudWatch Database Insights (advanced)',
  'cost.label.cache': (p) => `ElastiCache ${p.engine} ${p.nodeType} ${PURCHASE[p.purchase]}`,
  'cost.label.bastion': (p) => `Bastion EC2 ${p.instanceType} ${PURCHASE[p.purchase]}`,
  'cost.label.nat-instance': (p) => `NAT instance (${p.instanceType})`,
  'cost.label.nat-gateway': () => 'NAT gateway',
  'cost.label.nat-gateway-data': () => 'NAT gateway data processed',
  'cost.label.vpc-endpoints': (p) => `VPC interface endpoints (${names(p.endpoints)})`,
  'cost.label.public-ipv4': () => 'Public IPv4 addresses',
  'cost.label.alb': (p) => `Application Load Balancer (${p.name})`,
  'cost.label.alb-lcu': (p) => `ALB capacity units (${p.name})`,
  'cost.label.cloudwatch-logs': () => 'CloudWatch Logs ingestion',
  'cost.label.cloudwatch-alarms': () => 'CloudWatch alarms',
  'cost.label.cloudwatch-dashboards': () => 'CloudWatch dashboards',
  'cost.label.cloudfront-data-out': () => 'CloudFront data transfer out',
  'cost.label.cloudfront-requests': () => 'CloudFront HTTPS requests',
  'cost.label.data-transfer-out': () => 'Data transfer out to the internet',
  'cost.label.waf-acl': () => 'WAF web ACL',
  'cost.label.waf-rules': () => 'WAF rules',
  'cost.label.waf-requests': () => 'WAF requests',
  'cost.label.route53-zones': () => 'Route 53 hosted zones',
  'cost.label.route53-queries': () => 'Route 53 standard queries',
}

const quantity: Messages<QuantityFactor> = {
  'cost.qty.count': (p) => n(p.count),
  'cost.qty.tasks': (p) => count(p.tasks, 'task', 'tasks'),
  'cost.qty.vcpu': (p) => `${p.vcpu === null ? '?' : n(p.vcpu)} vCPU`,
  'cost.qty.gb': (p) => `${n(p.gb)} GB`,
  'cost.qty.hours': (p) => `${n(p.hours)} h`,
  'cost.qty.instance-type': (p) => (p.spot ? `${p.instanceType} Spot` : p.instanceType),
  'cost.qty.db-instance': (p) => `${p.instanceClass} ${deployment(p.multiAz)}`,
  'cost.qty.nodes': (p) => count(p.nodes, 'node', 'nodes'),
  'cost.qty.replicas': (p) => count(p.replicas, 'replica', 'replicas'),
  'cost.qty.instances': (p) => count(p.instances, 'instance', 'instances'),
  'cost.qty.nat-gateways': (p) => count(p.gateways, 'NAT gateway', 'NAT gateways'),
  'cost.qty.albs': (p) => count(p.albs, 'ALB', 'ALBs'),
  'cost.qty.endpoints': (p) => count(p.endpoints, 'endpoint', 'endpoints'),
  'cost.qty.azs': (p) => `${n(p.azs)} AZ`,
  'cost.qty.addresses': (p) => `${count(p.addresses, 'address', 'addresses')} (ALB ${p.alb}, NAT ${p.nat}, bastion ${p.bastion})`,
  'cost.qty.alarms': (p) => count(p.alarms, 'alarm', 'alarms'),
  'cost.qty.dashboards': (p) => count(p.dashboards, 'dashboard', 'dashboards'),
  'cost.qty.web-acls': (p) => count(p.acls, 'web ACL', 'web ACLs'),
  'cost.qty.rules': (p) => count(p.rules, 'rule', 'rules'),
  'cost.qty.zones': (p) => count(p.zones, 'zone', 'zones'),
  'cost.qty.million-requests': (p) => `${n(p.millions, 2)} M requests`,
  'cost.qty.million-queries': (p) => `${n(p.millions)} M queries`,
  'cost.qty.billable-gb': (p) => `max(0, ${n(p.gb, 1)} GB − ${n(p.freeGb)} GB free)`,
  'cost.qty.billable-requests-10k': (p) => `max(0, ${n(p.requests / 1e6, 2)} M − ${n(p.freeRequests / 1e6)} M requests free) ÷ 10,000`,
  'cost.qty.nat-outbound-gb': (p) => (p.gb === null ? 'outbound GB not stated' : `${n(p.gb, 1)} GB outbound`),
  'cost.qty.lcu-hours': (p) => `${n(p.lcuHours, 1)} LCU-h (${n(p.averageLcu, 3)} LCU average (max of new connections/25 and GB/h per band))`,
}

/** What a unit price is per, after its dollar figure. */
const PER: Record<PriceUnit, string> = {
  hour: '/h',
  'vcpu-hour': '/vCPU-h',
  'gb-hour': '/GB-h',
  gb: '/GB',
  'gb-month': '/GB-month',
  'lcu-hour': '/LCU-h',
  month: '/month',
  'rule-month': '/rule-month',
  'zone-month': '/zone-month',
  'alarm-month': '/alarm-month',
  'dashboard-month': '/dashboard-month',
  million: '/M',
  'ten-thousand': '/10k requests',
  upfront: ' upfront',
}

function factor(f: QuantityFactor): string {
  // The mapped Messages type pairs each code with its params; TypeScript cannot follow that through a union call.
  return (quantity[f.code] as (params: QuantityFactor['params']) => string)(f.params)
}

/** A unit price as the term pays it: "$0.0416/h × (1 − 70 %)", "$700 upfront ÷ 12 months". */
function unitPrice(t: PriceTerm): string {
  if (!t.unitPrice) return 'unknown price'
  const discount = t.discountPercent === undefined ? '' : ` × (1 − ${n(t.discountPercent)} %)`
  const spread = t.amortisedOverMonths === undefined ? '' : ` ÷ ${n(t.amortisedOverMonths)} months`
  const effective = t.effectiveRate ? ' (effective rate: its upfront and hourly parts are not known)' : ''
  return `$${n(t.unitPrice.usd, 6)}${PER[t.unitPrice.per]}${discount}${spread}${effective}`
}

function term(t: PriceTerm): string {
  return `${t.quantity.map(factor).join(' × ')} × ${unitPrice(t)}`
}

const notes: Messages<FormulaNote> = {
  'cost.note.cloudwatch-free-tier-not-applied': (p) =>
    `free tier not applied: ${n(p.alarms)} alarms, ${n(p.logsGb)} GB logs, ${n(p.dashboards)} dashboards a month per account, shared with the account's other workloads`,
  'cost.note.always-free-internet-out': (p) => `always free, across all services: the first ${n(p.freeGb)} GB a month out to the internet`,
  'cost.note.always-free-cloudfront': (p) => `always free: CloudFront's first ${n(p.freeGb)} GB a month`,
  'cost.note.always-free-cloudfront-requests': (p) => `always free: CloudFront's first ${n(p.freeRequests / 1e6)} million requests a month`,
}

function note(x: FormulaNote): string {
  return (notes[x.code] as (params: FormulaNote['params']) => string)(x.params)
}

function formula(p: CostFormula['params']): string {
  const said = p.notes?.length ? ` (${p.notes.map(note).join('; ')})` : ''
  return `${p.terms.map(term).join(' + ')} = ${p.resultUsd === null ? 'unknown' : usd(p.resultUsd)}${said}`
}

/** A price's source inside another's: the on-demand price a Spot discount is taken off. */
function source(s: CostSource): string {
  return (cost[s.code] as (params: CostSource['params']) => string)(s.params)
}

/** The bill in English. Formulas are notation: numbers through formatNotation, units as AWS writes them. */
export const cost: Messages<CostNamespaceReason> = {
  ...labels,
  ...quantity,
  ...notes,
  'cost.formula.line': formula,
  // A source's title and date are the publisher's; only ArchDeck's framing is worded here.
  'cost.source.published': (p) => `${p.title} (${p.asOf})`,
  'cost.source.derived': (p) => `derived: ${p.title} (${p.asOf})`,
  'cost.source.seed-stated': (p) => `stated by the seed, unverified: Seed document ${p.title} (${p.asOf})`,
  'cost.source.assumed-override': (p) => `your assumption, your own price${p.note ? `: ${p.note}` : ''}`,
  'cost.source.assumed-discount': (p) => `your assumption: ${n(p.percent)} % enterprise discount on ${source(p.list)}`,
  'cost.source.assumed-spot': (p) => `your assumption: Spot ${n(p.percent)} % below on-demand; on-demand: ${source(p.onDemand)}`,
  'cost.source.seed-stated-spot': (p) => `stated by the seed, unverified: Spot ${n(p.percent)} % below on-demand, Seed document ${p.title} (${p.asOf}); on-demand: ${source(p.onDemand)}`,
  'cost.source.unknown': (p) => `price unknown (${p.priceId}${p.note ? `: ${p.note}` : ''})`,
  'cost.source.not-in-catalog': (p) => `price unknown (${p.priceId}: not in the price catalog)`,
  'cost.source.nat-outbound-not-stated': () => 'unknown: the design states no outbound traffic through the NAT (replies to load-balanced requests do not cross it)',
  'cost.source.vcpus-unknown': (p) => `price unknown (vcpus of ${p.instanceClass}: instance class not in the vCPU table)`,
  'cost.total': (p) =>
    `${p.knownUsd.map((v) => n(v)).join(' + ')} = ${usd(p.totalUsd)}${p.unknownLines === 0 ? '' : ` + ${count(p.unknownLines, 'unknown line', 'unknown lines')}`}`,
  'cost.band': (p) => {
    const extra =
      p.extras.length === 0
        ? 'no extra tasks'
        : `(${p.extras.map((e) => `${n(e.units)} × ${e.serviceId} × $${n(e.hourlyUsd, 4)}/h`).join(' + ')}) × ${n(p.peakHours)} h = ${usd(p.extraUsd)}`
    return `min ${usd(p.minUsd)} (minimum counts); typical ${usd(p.typicalUsd)}; peak = typical + ${p.peakName}: ${extra} = ${usd(p.peakUsd)}`
  },
  'cost.budget': (p) => {
    const verdict = p.verdict === 'over' ? 'over' : p.verdict === 'within' ? 'within' : 'within so far (some prices unknown)'
    return `${usd(p.monthlyUsd)} × ${n(p.krwPerUsd, 6)} KRW/USD = ${krw(p.monthlyKrw)} KRW vs budget ${krw(p.budgetKrw)} KRW → ${verdict} by ${krw(Math.abs(p.overByKrw))} KRW`
  },
  'cost.component.compute': () => 'Compute',
  'cost.component.database': () => 'Database',
  'cost.component.cache': () => 'Cache',
  'cost.component.network': () => 'Networking',
  'cost.component.load-balancer': () => 'Load balancers',
  'cost.component.admin-access': () => 'Admin access',
  'cost.component.edge': () => 'Edge and DNS',
  'cost.component.monitoring': () => 'Monitoring',
  'cost.component.data-transfer': () => 'Data transfer',
  'cost.basis.published': () => 'published',
  'cost.basis.derived': () => 'derived',
  'cost.basis.seed-stated': () => 'stated by the seed',
  'cost.basis.assumed': () => 'your assumption',
  'cost.basis.unknown': () => 'unknown',
  'cost.option.multi-az': () => 'Database Multi-AZ',
  'cost.option.nat-per-az': () => 'One NAT gateway per AZ',
  'cost.option.tasks-per-service': (p) => `${count(p.tasks, 'task', 'tasks')} per service`,
  'cost.breach.budget': (p) =>
    `over budget: ${krw(p.monthlyKrw)} KRW (${p.monthlyUsd.toFixed(2)} USD) a month vs ${krw(p.budgetKrw)} KRW, over by ${krw(p.overByKrw)} KRW`,
  'cost.breach.sla': (p) => `SLA missed: ${p.service} p95 ${Number.isFinite(p.p95Ms) ? `${n(p.p95Ms, 0)} ms` : 'unbounded (overloaded)'} vs ${p.slaP95Ms} ms`,
  'cost.breach.security': (p) => `high security finding ${p.findingId}`,
}
