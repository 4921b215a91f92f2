import type { ArchitectureConfig } from '../model'
import { cidrsOverlap, isWorldCidr } from './cidr'

/** Someone outside the VPC who can open connections: the internet, or a named address range. */
export type Principal = {
  /** 'internet', or the rule's peer label ('Office'), or the CIDR itself when unnamed. */
  id: string
  cidrs: string[]
  isInternet: boolean
  /** How the security policy names it: the internet, or a known network ('office'). */
  policyRole: 'internet' | 'office'
}

export const INTERNET = 'internet'

/**
 * The internet plus every CIDR peer outside the VPC that an ingress rule names, in rule order.
 * CIDRs inside the VPC describe its own subnets, so they are not principals.
 * Example (swiftlogix): [internet (0.0.0.0/0), Office (203.0.113.10/32)].
 */
export function listPrincipals(config: ArchitectureConfig): Principal[] {
  const principals: Principal[] = [{ id: INTERNET, cidrs: ['0.0.0.0/0'], isInternet: true, policyRole: 'internet' }]
  for (const sg of config.securityGroups) {
    for (const rule of sg.ingress) {
      if (rule.peer.kind !== 'cidr') continue
      const { cidr, label } = rule.peer
      if (isWorldCidr(cidr) || cidrsOverlap(cidr, config.network.vpcCidr)) continue
      const id = label ?? cidr
      const existing = principals.find((p) => p.id === id)
      if (!existing) principals.push({ id, cidrs: [cidr], isInternet: false, policyRole: 'office' })
      else if (!existing.cidrs.includes(cidr)) existing.cidrs.push(cidr)
    }
  }
  return principals
}
