import type { ArchitectureConfig, Requirements } from '../model'
import { findAdminAccessIssues, reviewAdminAccess } from './admin-access'
import { answerReachability, type ReachabilityAnswer } from './answer-reachability'
import { checkDefenseLayers, type DefenseLayer } from './defense-layers'
import { findCloudFrontBypass } from './find-cloudfront-bypass'
import { findDataStoreIssues } from './find-data-store-issues'
import { findEdgeIssues } from './find-edge-issues'
import { findLoadBalancerIssues } from './find-load-balancer-issues'
import { findLoggingIssues } from './find-logging-issues'
import { findNetworkIssues } from './find-network-issues'
import { findPolicyBreaches } from './find-policy-breaches'
import { findWorldOpenIngress } from './find-world-open-ingress'
import { countFindings, sortFindings, type Finding, type SeverityCounts } from './finding'
import { listInternetExposure, type InternetExposure } from './list-internet-exposure'
import type { Principal } from './list-principals'
import { listReachEdges, type ReachEdge } from './list-reach-edges'
import { indexEdges } from './listed-edges'
import type { PlacedResource } from './place-resources'
import { buildReachGraph } from './reach-graph'

export type SecurityAssessment = {
  /** Every resource with its tier, subnets and network exposure (NAT gateways included). */
  placement: PlacedResource[]
  principals: Principal[]
  /** Every allowed connection: security groups, routes and egress all agree. */
  edges: ReachEdge[]
  /** What the internet reaches in one connection. */
  internetReachable: InternetExposure[]
  /** "Can the internet reach the database?" on the database port. */
  dbQuestion: ReachabilityAnswer
  layers: DefenseLayer[]
  /** High first, then by id. */
  findings: Finding[]
  counts: SeverityCounts
}

/**
 * The whole security view of one config against its requirements.
 * Example (swiftlogix): internetReachable = the ALB on 80 and 443 (the bastion admits only the
 * office); dbQuestion.direct = false with path internet → ALB → order → database; all seven layers
 * pass; counts = { high: 0, medium: 0, low: 1 } (Container Insights off).
 */
export function assessSecurity(config: ArchitectureConfig, requirements: Requirements): SecurityAssessment {
  const graph = buildReachGraph(config)
  const edges = listReachEdges(graph)
  const indexed = indexEdges(edges)
  const admin = reviewAdminAccess(config, requirements)
  const findings = sortFindings([
    ...findWorldOpenIngress(graph, edges),
    ...findDataStoreIssues(config, requirements),
    ...findNetworkIssues(config),
    ...findLoadBalancerIssues(config),
    ...findAdminAccessIssues(config, admin),
    ...findLoggingIssues(config, requirements),
    ...findEdgeIssues(config),
    ...findCloudFrontBypass(config, graph, indexed),
    ...findPolicyBreaches(graph, edges, requirements),
  ])
  return {
    placement: graph.placement,
    principals: graph.principals,
    edges,
    internetReachable: listInternetExposure(graph, edges),
    dbQuestion: answerReachability(config, 'internet', 'database', config.database.port, { graph, edges: indexed }),
    layers: checkDefenseLayers(config, requirements, findings, admin),
    findings,
    counts: countFindings(findings),
  }
}
