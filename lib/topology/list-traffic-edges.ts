import type { ArchitectureConfig } from '../model'
import { INTERNET } from '../security'
import { notation, type TopologyText } from './topology-reasons'
import type { TopoEdge } from './topology-types'

/**
 * How a user request travels: DNS, the edge, the ALB, its target services.
 * Example (swiftlogix, no edge services): 'traffic:internet->alb:alb' ('HTTPS') and
 * 'traffic:alb:alb->service:order' ('forwards 19505').
 */
export function listTrafficEdges(config: ArchitectureConfig): TopoEdge[] {
  const edges: TopoEdge[] = []
  const add = (source: string, target: string, label: TopologyText) =>
    edges.push({ id: `traffic:${source}->${target}`, source, target, kind: 'traffic', label, data: {} })
  const externalAlbs = config.loadBalancers.filter((lb) => lb.scheme === 'external').map((lb) => `alb:${lb.id}`)
  const cloudfront = config.edge.cloudfront
  if ((config.edge.route53?.hostedZones ?? 0) > 0) add(INTERNET, 'route53', notation('DNS'))
  const entries = cloudfront ? ['cloudfront'] : externalAlbs
  for (const entry of entries) add(INTERNET, entry, notation('HTTPS'))
  if (cloudfront) for (const alb of externalAlbs) add('cloudfront', alb, { code: 'topology.edge.origin', params: {} })
  if (config.edge.waf.enabled) for (const entry of entries) add('waf', entry, { code: 'topology.edge.filters', params: {} })
  for (const service of config.services) {
    if (service.loadBalancer) add(`alb:${service.loadBalancer}`, `service:${service.id}`, { code: 'topology.edge.forwards', params: { port: service.port } })
  }
  return edges
}
