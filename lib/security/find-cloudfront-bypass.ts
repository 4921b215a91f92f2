import type { ArchitectureConfig } from '../model'
import { isWorldCidr } from './cidr'
import type { Finding } from './finding'
import type { ReachEdge } from './list-reach-edges'
import type { ListedEdges } from './listed-edges'
import { INTERNET } from './list-principals'
import { findResource, nameOfGroup, type ReachGraph } from './reach-graph'

/**
 * A design behind CloudFront whose internet-facing ALB still admits the whole internet: anyone can
 * call the ALB directly and skip CloudFront and its WAF. AWS's mitigation is to admit only
 * CloudFront's origin-facing managed prefix list (CloudFront Developer Guide, "Restrict access to
 * Application Load Balancers"). Medium with a WAF (its protection is what is bypassed, on an
 * internet-facing application); low without one (only caching and DDoS absorption are skipped).
 * Example (petclinic-3tier): { id: 'alb-bypasses-cloudfront:ext-alb', severity: 'medium',
 * message: { code: 'security.finding.alb-bypasses-cloudfront', params: { loadBalancer: 'External ALB', group: 'External-ALB-SG', ports: [80, 443], waf: true } } }.
 */
export function findCloudFrontBypass(config: ArchitectureConfig, graph: ReachGraph, edges: ListedEdges): Finding[] {
  if (!config.edge.cloudfront) return []
  const waf = config.edge.waf.enabled
  // The internet's edges by load balancer, once: a design at the limits has hundreds of each.
  const fromInternet = new Map<string, ReachEdge[]>()
  for (const edge of edges.bySource.get(INTERNET) ?? []) {
    const list = fromInternet.get(edge.to)
    if (list) list.push(edge)
    else fromInternet.set(edge.to, [edge])
  }
  const findings: Finding[] = []
  for (const lb of config.loadBalancers) {
    const albId = `alb:${lb.id}`
    const direct = (fromInternet.get(albId) ?? []).filter((e) => admitsWorld(graph, e))
    if (direct.length === 0 || !findResource(graph, albId)) continue
    const ports = [...new Set(direct.map((e) => e.port))].sort((a, b) => a - b)
    findings.push({
      id: `alb-bypasses-cloudfront:${lb.id}`,
      severity: waf ? 'medium' : 'low',
      resource: albId,
      message: { code: 'security.finding.alb-bypasses-cloudfront', params: { loadBalancer: lb.name, group: nameOfGroup(graph, direct[0]!.sgId), ports, waf } },
      fix: { code: 'security.fix.alb-bypasses-cloudfront', params: {} },
    })
  }
  return findings
}

/** The edge's admitting rule is a 0.0.0.0/0 range (not CloudFront's prefix list). */
function admitsWorld(graph: ReachGraph, edge: ReachEdge): boolean {
  const peer = graph.securityGroups.get(edge.sgId)?.ingress[edge.ruleIndex]?.peer
  return peer?.kind === 'cidr' && isWorldCidr(peer.cidr)
}
