import type { ArchitectureConfig, SecurityGroup, SgRule } from '../model'
import { isWorldCidr } from './cidr'

/** AWS's managed prefix list of CloudFront's origin-facing servers (IPv4). */
export const CLOUDFRONT_PREFIX_LIST = 'com.amazonaws.global.cloudfront.origin-facing'

/**
 * The fix for a CloudFront bypass: the external ALBs' groups admit their listener ports only from
 * CloudFront's origin-facing prefix list instead of 0.0.0.0/0, so a request must pass CloudFront
 * (and its WAF) to reach them (CloudFront Developer Guide, "Use the CloudFront managed prefix list":
 * "allow inbound traffic to your origin only from CloudFront's origin-facing servers").
 * Example (petclinic-3tier): External-ALB-SG's 80 and 443 from 0.0.0.0/0 → from the prefix list;
 * rules on other ports, and groups the ALBs do not carry, stay as they are.
 */
export function restrictAlbsToCloudFront(config: ArchitectureConfig): ArchitectureConfig {
  const externalAlbs = config.loadBalancers.filter((lb) => lb.scheme === 'external')
  const ports = new Set(externalAlbs.flatMap((lb) => lb.listeners.map((l) => l.port)))
  const groups = new Set(externalAlbs.flatMap((lb) => lb.securityGroups))
  const restrict = (rule: SgRule): SgRule =>
    isWorldWebRule(rule, ports) ? { ...rule, peer: { kind: 'prefix-list', name: 'cloudfront-origin-facing' } } : rule
  const securityGroups = config.securityGroups.map((sg): SecurityGroup => (groups.has(sg.id) ? { ...sg, ingress: sg.ingress.map(restrict) } : sg))
  return { ...config, securityGroups }
}

/** A TCP rule from 0.0.0.0/0 on exactly one listener port; a range (80-443) is the user's to narrow. */
function isWorldWebRule(rule: SgRule, listenerPorts: ReadonlySet<number>): boolean {
  if (rule.peer.kind !== 'cidr' || !isWorldCidr(rule.peer.cidr) || rule.protocol !== 'tcp') return false
  return rule.fromPort === rule.toPort && listenerPorts.has(rule.fromPort)
}
