import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import type { Finding } from '@/lib/security'
import type { ScenarioAssessment } from '@/lib/recovery'
import { named, type TopoNode, type TopologyText } from '@/lib/topology'
import { mapSinglePointsOfFailure } from './map-single-points'
import { topologyOf } from './topology-of'

type InboundRule = { edgeId: string; from: TopologyText; ports: TopologyText; group: string; description: string | null }

type NodeDescription = {
  node: TopoNode
  /** The subnet group or other box that holds it. */
  parentLabel: TopologyText | null
  /** Names of the security groups it carries ('ALB-SG'). */
  securityGroups: string[]
  findings: Finding[]
  inbound: InboundRule[]
  /** Recovery scenarios that take this box out with nothing taking over. */
  singlePointIn: ScenarioAssessment[]
}

const EDGE_SERVICE_KINDS = new Set<TopoNode['kind']>(['cloudfront', 'waf', 'route53'])

function securityGroupsOf(node: TopoNode): string[] {
  const groups = node.data.securityGroups
  return Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : []
}

/**
 * Whether a finding is about this box. Findings name their subject loosely ('sg:alb-sg',
 * 'subnet:private-db', 'edge', 'monitoring'), so a box claims the ones about the groups it
 * carries, its tier's subnets, the edge services, or (services) the cluster's monitoring.
 */
function isAbout(finding: Finding, node: TopoNode, groups: readonly string[]): boolean {
  const subject = finding.resource
  if (subject === node.id) return true
  if (subject.startsWith('sg:')) return groups.includes(subject.slice('sg:'.length))
  if (subject.startsWith('subnet:')) return node.kind === 'subnet-group' && subject === `subnet:${node.tier}`
  if (subject === 'edge') return EDGE_SERVICE_KINDS.has(node.kind)
  if (subject === 'monitoring') return node.kind === 'service'
  return false
}

/**
 * Everything the details panel says about one box, from the topology and the evaluation.
 * Example (swiftlogix, 'database'): RDS PostgreSQL in 'Private DB subnet', rds-sg, no findings,
 * inbound TCP 5432 from Order, Stock and Payment services and the bastion, single point of
 * failure in db-unresponsive, az-outage and db-disk-full.
 */
export function describeNode(scenario: Scenario, evaluation: Evaluation, nodeId: string): NodeDescription | null {
  const topology = topologyOf(scenario)
  const node = topology.nodes.find((n) => n.id === nodeId)
  if (!node) return null
  const labelOf = new Map(topology.nodes.map((n) => [n.id, n.label]))
  const groups = securityGroupsOf(node)
  // A service's box in another AZ answers for the service: its rules are drawn to the first box.
  const subject = typeof node.data.replicaOf === 'string' ? node.data.replicaOf : nodeId
  const inbound = topology.edges
    .filter((e) => e.kind === 'sg-rule' && e.target === subject)
    .map((e) => ({
      edgeId: e.id,
      from: labelOf.get(e.source) ?? named(e.source),
      ports: e.label,
      group: typeof e.data.sgName === 'string' ? e.data.sgName : (e.sgId ?? ''),
      description: typeof e.data.description === 'string' ? e.data.description : null,
    }))
  return {
    node,
    parentLabel: node.parentId ? (labelOf.get(node.parentId) ?? null) : null,
    securityGroups: groups.map((id) => scenario.config.securityGroups.find((g) => g.id === id)?.name ?? id),
    findings: evaluation.security.findings.filter((f) => isAbout(f, node, groups)),
    inbound,
    singlePointIn: evaluation.recovery.scenarios.filter((s) => mapSinglePointsOfFailure(s.singlePointsOfFailure, topology).has(subject)),
  }
}
