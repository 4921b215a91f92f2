import type { CostFormula, CostLabel, PriceTerm, PriceUnit, QuantityFactor } from '../../../cost/cost-reasons'
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
  'cost.qty.paid-dashboards': (p) => `${n(p.dashboards)} − ${n(p.free)} free dashboards`,
  'cost.qty.web-acls': (p) => count(p.acls, 'web ACL', 'web ACLs'),
  'cost.qty.rules': (p) => count(p.rules, 'rule', 'rules'),
  'cost.qty.zones': (p) => count(p.zones, 'zone', 'zones'),
  'cost.qty.million-requests': (p) => `${n(p.millions, 2)} M requests`,
  'cost.qty.million-queries': (p) => `${n(p.millions)} M queries`,
  'cost.qty.billable-gb': (p) => `max(0, ${n(p.gb, 1)} GB − ${n(p.freeGb)} GB free)`,
  'cost.qty.response-gb': (p) =>
    `${n(p.gb, 1)} GB (${krw(Math.round(p.requestsPerDay))} req/day × ${n(p.days)} days${p.share === 1 ? '' : ` × ${n(p.share)} share`} × ${n(p.responseKib)} KiB = ${n(p.gb, 1)} GB)`,
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
}

function factor(f: QuantityFactor): string {
  // The mapped Messages type pairs each code with its params; TypeScript cannot follow that through a union call.
  return (quantity[f.code] as (params: QuantityFactor['params']) => string)(f.params)
}

function term(t: PriceTerm): string {
  return `${t.quantity.map(factor).join(' × ')} × ${t.unitPrice ? `$${n(t.unitPrice.usd, 6)}${PER[t.unitPrice.per]}` : 'unknown price'}`
}

function formula(p: CostFormula['params']): string {
  return `${p.terms.map(term).join(' + ')} = ${p.resultUsd === null ? 'unknown' : usd(p.resultUsd)}`
}

/** The bill in English. Formulas are notation: numbers through formatNotation, units as AWS writes them. */
export const cost: Messages<CostNamespaceReason> = {
  ...labels,
  ...quantity,
  'cost.formula.line': formula,
  // A source's title and date are the publisher's; only ArchDeck's framing is worded here.
  'cost.source.published': (p) => `${p.title} (${p.asOf})`,
  'cost.source.derived': (p) => `derived: ${p.title} (${p.asOf})`,
  'cost.source.seed-stated': (p) => `stated by the seed, unverified: Seed document ${p.title} (${p.asOf})`,
  'cost.source.unknown': (p) => `price unknown (${p.priceId}${p.note ? `: ${p.note}` : ''})`,
  'cost.source.not-in-catalog': (p) => `price unknown (${p.priceId}: not in the price catalog)`,
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
  'cost.basis.seed-stated': () => 'seed-stated',
  'cost.basis.unknown': () => 'unknown',
  'cost.option.multi-az': () => 'Database Multi-AZ',
  'cost.option.nat-per-az': () => 'One NAT gateway per AZ',
  'cost.option.tasks-per-service': (p) => `${count(p.tasks, 'task', 'tasks')} per service`,
  'cost.breach.budget': (p) =>
    `over budget: ${krw(p.monthlyKrw)} KRW (${p.monthlyUsd.toFixed(2)} USD) a month vs ${krw(p.budgetKrw)} KRW, over by ${krw(p.overByKrw)} KRW`,
  'cost.breach.sla': (p) => `SLA missed: ${p.service} p95 ${Number.isFinite(p.p95Ms) ? `${n(p.p95Ms, 0)} ms` : 'unbounded (overloaded)'} vs ${p.slaP95Ms} ms`,
  'cost.breach.security': (p) => `high security finding ${p.findingId}`,
}
