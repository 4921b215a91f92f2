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
      message: `The VPC uses ${network.vpcCidr}, which is not RFC 1918 private space.`,
      fix: 'Use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
    })
  }
  if (isInternetRoutable(network, 'private-app')) {
    findings.push({
      id: 'route-private-app-igw',
      severity: 'medium',
      resource: 'subnet:private-app',
      message: 'The private-app route table sends 0.0.0.0/0 to the internet gateway: the app tier is a public subnet.',
      fix: 'Route the app tier through a NAT gateway (outbound only) or VPC endpoints.',
    })
  }
  if (network.routing['private-db'].defaultRoute === 'nat') {
    findings.push({
      id: 'route-private-db-nat',
      severity: 'medium',
      resource: 'subnet:private-db',
      message: 'The private-db route table has a default route through a NAT gateway; the data tier needs no internet at all.',
      fix: 'Keep the private-db route table to local routes only.',
    })
  }
  for (const tier of TIERS) {
    if (!network.routing[tier].mapPublicIpOnLaunch) continue
    findings.push({
      id: `public-ip-on-launch:${tier}`,
      severity: 'low',
      rule: 'CKV_AWS_130',
      resource: `subnet:${tier}`,
      message: `Instances launched in the ${tier} subnets get a public IPv4 address automatically.`,
      fix: 'Turn off map-public-IP-on-launch; give an address only to the instance that needs one (the bastion).',
    })
  }
  return findings
}
