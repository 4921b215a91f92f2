import type { ArchitectureConfig } from '../model'
import { TIERS } from '../network'
import { isPrivateCidr } from './cidr'
import type { Finding } from './finding'
import { isInternetRoutable } from './internet-routing'

/**
 * Routing and addressing that weaken tier isolation.
 * Example: routing['private-app'].defaultRoute = 'igw' → { id: 'route-private-app-igw', severity: 'medium', … };
 * routing.public.mapPublicIpOnLaunch = true → { id: 'public-ip-on-launch:public', rule: 'CKV_AWS_130', … }.
 */
export function findNetworkIssues(config: ArchitectureConfig): Finding[] {
  const network = config.network
  const findings: Finding[] = []
  if (!isPrivateCidr(network.vpcCidr)) {
    findings.push({
      id: 'vpc-cidr-not-private',
      severity: 'low',
      resource: 'vpc',
      message: { code: 'security.finding.vpc-cidr-not-private', params: { cidr: network.vpcCidr } },
      fix: { code: 'security.fix.vpc-cidr-not-private', params: {} },
    })
  }
  if (isInternetRoutable(network, 'private-app')) {
    findings.push({
      id: 'route-private-app-igw',
      severity: 'medium',
      resource: 'subnet:private-app',
      message: { code: 'security.finding.route-private-app-igw', params: {} },
      fix: { code: 'security.fix.route-private-app-igw', params: {} },
    })
  }
  if (network.routing['private-db'].defaultRoute === 'nat') {
    findings.push({
      id: 'route-private-db-nat',
      severity: 'medium',
      resource: 'subnet:private-db',
      message: { code: 'security.finding.route-private-db-nat', params: {} },
      fix: { code: 'security.fix.route-private-db-nat', params: {} },
    })
  }
  for (const tier of TIERS) {
    if (!network.routing[tier].mapPublicIpOnLaunch) continue
    findings.push({
      id: `public-ip-on-launch:${tier}`,
      severity: 'low',
      rule: 'CKV_AWS_130',
      resource: `subnet:${tier}`,
      message: { code: 'security.finding.public-ip-on-launch', params: { tier } },
      fix: { code: 'security.fix.public-ip-on-launch', params: {} },
    })
  }
  return findings
}
