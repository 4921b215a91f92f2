import type { ArchitectureConfig, SecurityGroup, SgRule } from '../model'
import { isWorldCidr } from '../security/cidr'

/**
 * Groups that only data stores (the database, the cache) use. Security groups are stateful, so a
 * data store answers the connections it accepts without any outbound rule, and it opens none of
 * its own; left without rules, such a group cannot be used to carry data out (AWS Well-Architected
 * Security Pillar, SEC05-BP02: limit each layer's traffic to what it needs).
 */
export function listDataStoreOnlyGroups(config: ArchitectureConfig): Set<string> {
  const dataStores = new Set([...config.database.securityGroups, ...(config.cache?.securityGroups ?? [])])
  const others = new Set([
    ...config.services.flatMap((s) => s.securityGroups),
    ...config.loadBalancers.flatMap((lb) => lb.securityGroups),
    ...(config.adminAccess.bastion?.securityGroups ?? []),
  ])
  return new Set([...dataStores].filter((id) => !others.has(id)))
}

/**
 * The bastion's groups whose outbound rules leave no HTTPS to the internet: the bastion could not
 * install security updates (Amazon Linux repositories are served over HTTPS), so the export adds it.
 */
export function listBastionGroupsWithoutUpdates(config: ArchitectureConfig): SecurityGroup[] {
  const ids = new Set(config.adminAccess.bastion?.securityGroups ?? [])
  return config.securityGroups.filter((sg) => ids.has(sg.id) && sg.egress !== undefined && !sg.egress.some(allowsHttpsOut))
}

function allowsHttpsOut(rule: SgRule): boolean {
  const port = rule.protocol === 'all' || (rule.protocol === 'tcp' && rule.fromPort <= 443 && 443 <= rule.toPort)
  return port && rule.peer.kind === 'cidr' && isWorldCidr(rule.peer.cidr)
}
