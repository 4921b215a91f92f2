import type { Tier } from '../../../model'
import type { TopoNodeKind } from '../../../topology/topology-kinds'
import type { TopologyReason } from '../../../topology/topology-reasons'
import { formatNotation as n } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'

const TIER: Record<Tier, string> = { public: 'Public', 'private-app': 'Private app', 'private-db': 'Private DB' }

/** What a collapsed group holds, in the words on the console: one and many. */
const NOUN: Record<TopoNodeKind, { one: string; other: string }> = {
  service: { one: 'service', other: 'services' },
  alb: { one: 'load balancer', other: 'load balancers' },
  nat: { one: 'NAT gateway', other: 'NAT gateways' },
  bastion: { one: 'bastion host', other: 'bastion hosts' },
  database: { one: 'database', other: 'databases' },
  cache: { one: 'cache', other: 'caches' },
  endpoint: { one: 'endpoint', other: 'endpoints' },
  igw: { one: 'internet gateway', other: 'internet gateways' },
  region: { one: 'region', other: 'regions' },
  vpc: { one: 'VPC', other: 'VPCs' },
  az: { one: 'availability zone', other: 'availability zones' },
  'subnet-group': { one: 'subnet', other: 'subnets' },
  external: { one: 'outside address range', other: 'outside address ranges' },
  cloudfront: { one: 'CloudFront distribution', other: 'CloudFront distributions' },
  waf: { one: 'web ACL', other: 'web ACLs' },
  route53: { one: 'hosted zone', other: 'hosted zones' },
}

const count = (value: number, forms: { one: string; other: string }) => `${value} ${plural('en', value, forms)}`

/** ' · 7 of 14 at peak', or nothing when the peak runs the usual count. */
const atPeak = (peak: { inAz: number; tasks: number } | null) => (peak ? ` · ${peak.inAz} of ${peak.tasks} at peak` : '')

/** The topology's box and line labels in English. Names and notation are written as they are. */
export const topology: Messages<TopologyReason> = {
  'topology.name': (p) => p.name,
  'topology.notation': (p) => p.text,
  'topology.box.internet': () => 'Internet',
  'topology.box.internet-gateway': () => 'Internet gateway',
  'topology.box.endpoint': (p) => `${p.service} endpoint`,
  'topology.box.subnet': (p) => `${TIER[p.tier]} subnet`,
  'topology.box.subnet-summary': (p) => `${TIER[p.tier]} · AZ ${p.azLetter}`,
  'topology.box.nat-gateway': () => 'NAT gateway',
  'topology.box.nat-instance': () => 'NAT instance',
  'topology.box.bastion': () => 'Bastion host',
  'topology.box.standby': () => 'RDS standby',
  'topology.detail.gateway-endpoint': () => 'gateway endpoint',
  'topology.detail.interface-endpoint': () => 'interface endpoint',
  'topology.detail.hosted-zones': (p) => count(p.count, { one: 'hosted zone', other: 'hosted zones' }),
  'topology.detail.waf-rules': (p) => count(p.count, { one: 'rule', other: 'rules' }),
  'topology.detail.load-balancer': (p) => `${p.scheme === 'external' ? 'internet-facing' : 'internal'} · ${p.listeners}`,
  'topology.detail.bastion': (p) => `${p.instanceType} · public IP`,
  'topology.detail.fargate-service': (p) => `${p.inAz} of ${count(p.tasks, { one: 'task', other: 'tasks' })}${atPeak(p.peak)} · ${n(p.vcpu)} vCPU / ${n(p.memoryGb)} GB`,
  'topology.detail.ec2-service': (p) => `${p.inAz} of ${count(p.tasks, { one: 'instance', other: 'instances' })}${atPeak(p.peak)} · ${p.instanceType}`,
  'topology.detail.database': (p) =>
    `${p.instanceClass} · ${p.multiAz ? 'Multi-AZ' : 'Single-AZ'}${p.readReplicas > 0 ? ` · ${count(p.readReplicas, { one: 'read replica', other: 'read replicas' })}` : ''}`,
  'topology.detail.standby': (p) => `${p.instanceClass} · synchronous copy`,
  'topology.members': (p) => [...p.named.map((m) => count(m.count, NOUN[m.kind])), ...(p.more > 0 ? [`${p.more} more`] : [])].join(', '),
  'topology.members.none': () => 'no resources',
  'topology.edge.origin': () => 'origin',
  'topology.edge.filters': () => 'filters',
  'topology.edge.forwards': (p) => `forwards ${p.port}`,
  'topology.edge.forwards-range': (p) => `forwards ${p.fromPort}–${p.toPort}`,
  'topology.edge.ports': (p) => `${p.count} ports`,
}
