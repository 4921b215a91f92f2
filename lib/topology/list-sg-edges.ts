import type { ArchitectureConfig, RuleSource, SgRule } from '../model'
import { cidrContains, cidrsOverlap, describeRulePorts, INTERNET, isWorldCidr } from '../security'
import { notation } from './topology-reasons'
import type { TopoEdge } from './topology-types'

/** What sg-rule edges need to know about the drawn nodes. */
type EdgeEndpoints = {
  /** Node ids and the security groups each carries. */
  carriers: { id: string; securityGroups: string[] }[]
  /** Subnet-group node ids with their CIDRs, for CIDR peers inside the VPC. */
  subnets: { id: string; cidr: string }[]
  vpcId: string
}

/**
 * One edge per ingress rule, source and target. Sources: nodes carrying the peer group; for a
 * CIDR peer the Internet (world), the named external box (outside the VPC), or the subnet groups
 * (inside it; the VPC box when the range covers it all). Targets: every node carrying the group.
 * Example (swiftlogix): 'sg:rds-sg:ingress:0:service:order->database' labelled 'TCP 5432';
 * 'sg:bastion-sg:ingress:0:Office->bastion' labelled 'TCP 22'.
 */
export function listSgEdges(config: ArchitectureConfig, endpoints: EdgeEndpoints): TopoEdge[] {
  const edges: TopoEdge[] = []
  for (const sg of config.securityGroups) {
    const targets = endpoints.carriers.filter((c) => c.securityGroups.includes(sg.id)).map((c) => c.id)
    sg.ingress.forEach((rule, index) => {
      for (const source of sourcesOf(config, rule.peer, endpoints)) {
        for (const target of targets) {
          if (source === target) continue
          edges.push({
            id: `sg:${sg.id}:ingress:${index}:${source}->${target}`,
            source,
            target,
            kind: 'sg-rule',
            label: notation(describeRulePorts(rule)),
            protocol: rule.protocol,
            port: portText(rule),
            sgId: sg.id,
            data: { sgName: sg.name, ruleIndex: index, description: rule.description ?? null, peer: rule.peer },
          })
        }
      }
    })
  }
  return edges
}

function sourcesOf(config: ArchitectureConfig, peer: RuleSource, endpoints: EdgeEndpoints): string[] {
  if (peer.kind === 'sg') return endpoints.carriers.filter((c) => c.securityGroups.includes(peer.sgId)).map((c) => c.id)
  if (isWorldCidr(peer.cidr)) return [INTERNET]
  const vpcCidr = config.network.vpcCidr
  // Same rule as lib/security's principals: a range outside the VPC is someone out there.
  if (!cidrsOverlap(peer.cidr, vpcCidr)) return [peer.label ?? peer.cidr]
  if (cidrContains(peer.cidr, vpcCidr)) return [endpoints.vpcId]
  const inside = endpoints.subnets.filter((s) => cidrContains(peer.cidr, s.cidr))
  if (inside.length > 0) return inside.map((s) => s.id)
  const around = endpoints.subnets.filter((s) => cidrContains(s.cidr, peer.cidr))
  return around.length > 0 ? around.map((s) => s.id) : [endpoints.vpcId]
}

/** '5432', '1024-2048', 'all'. */
function portText(rule: SgRule): string {
  if (rule.protocol === 'all') return 'all'
  return rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`
}
