import type { Reason } from '../explain/reason'
import type { Tier } from '../model'
import type { AzShare } from './spread-over-azs'
import type { TopoNodeKind } from './topology-kinds'

/**
 * What the topology writes on its boxes and lines, as codes with their facts;
 * lib/i18n/catalog/<language>/topology.ts words them. Names the designer typed and AWS's own
 * names ('RDS PostgreSQL', 'us-east-1a') travel as `topology.name`, notation (CIDRs, instance
 * types, 'TCP 5432') as `topology.notation`: every language writes both as they are.
 */

/** Words that are the same in every language. */
type Verbatim = Reason<'topology.name', { name: string }> | Reason<'topology.notation', { text: string }>

/** A box's name when the engine, not the designer, names it. */
type BoxName =
  | Reason<'topology.box.internet'>
  | Reason<'topology.box.internet-gateway'>
  | Reason<'topology.box.endpoint', { service: string }>
  | Reason<'topology.box.subnet', { tier: Tier }>
  /** A collapsed subnet group: 'Private app · AZ a'. */
  | Reason<'topology.box.subnet-summary', { tier: Tier; azLetter: string }>
  | Reason<'topology.box.nat-gateway'>
  | Reason<'topology.box.nat-instance'>
  | Reason<'topology.box.bastion'>
  | Reason<'topology.box.standby'>

/** The line under a box's name: its size or kind. */
type BoxDetail =
  | Reason<'topology.detail.gateway-endpoint'>
  | Reason<'topology.detail.interface-endpoint'>
  | Reason<'topology.detail.hosted-zones', { count: number }>
  | Reason<'topology.detail.waf-rules', { count: number }>
  /** listeners: AWS notation, 'HTTP 80→HTTPS, HTTPS 443'. */
  | Reason<'topology.detail.load-balancer', { scheme: 'external' | 'internal'; listeners: string }>
  | Reason<'topology.detail.bastion', { instanceType: string }>
  /** One AZ's box of a service: `inAz` of its `tasks` run here; `peak`, the same at the peak. */
  | Reason<'topology.detail.fargate-service', AzShare & { vcpu: number; memoryGb: number }>
  | Reason<'topology.detail.ec2-service', AzShare & { instanceType: string }>
  | Reason<'topology.detail.database', { instanceClass: string; multiAz: boolean; readReplicas: number }>
  | Reason<'topology.detail.standby', { instanceClass: string }>

/**
 * What a collapsed group holds, most numerous kinds first: '50 services, 1 load balancer, 2 more'.
 * `more` counts the resources of the kinds not named.
 */
type MemberSummary =
  | Reason<'topology.members', { named: { kind: TopoNodeKind; count: number }[]; more: number }>
  | Reason<'topology.members.none'>

/** A line's label beyond notation: what a request flow does, or a merged line of many ports. */
type EdgeLabel =
  | Reason<'topology.edge.origin'>
  | Reason<'topology.edge.filters'>
  | Reason<'topology.edge.forwards', { port: number }>
  /** Merged request flows to one run of ports: 'forwards 8080–8085'. */
  | Reason<'topology.edge.forwards-range', { fromPort: number; toPort: number }>
  | Reason<'topology.edge.ports', { count: number }>

export type TopologyReason = Verbatim | BoxName | BoxDetail | MemberSummary | EdgeLabel

/** Any text the topology hands to a view. */
export type TopologyText = TopologyReason

export const named = (name: string): TopologyText => ({ code: 'topology.name', params: { name } })
export const notation = (text: string): TopologyText => ({ code: 'topology.notation', params: { text } })
