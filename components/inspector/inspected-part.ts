/**
 * What the inspector edits for a selected box. Box ids are the topology's (lib/topology):
 * 'service:<id>', 'alb:<id>', 'database' (and its standby), 'cache', 'bastion'; the NAT, the
 * internet gateway, endpoints, the VPC, its AZs and subnets open the network. A security group has
 * no box: the inspector selects it as 'sg:<id>' from a component's list of groups.
 */
export type InspectedPart =
  | { kind: 'service'; id: string }
  | { kind: 'load-balancer'; id: string }
  | { kind: 'security-group'; id: string }
  | { kind: 'database' }
  | { kind: 'cache' }
  | { kind: 'bastion' }
  | { kind: 'network' }
  | { kind: 'none' }

const NETWORK_BOXES = /^(region|vpc|igw|nat|(nat|endpoint|az|subnet):.+)$/

/** inspectedPart('service:order') and ('service:order@us-east-1b') → { kind: 'service', id: 'order' }; inspectedPart('internet') → { kind: 'none' } */
export function inspectedPart(nodeId: string): InspectedPart {
  const [prefix, ...rest] = nodeId.split(':')
  const id = rest.join(':')
  // A service's box in another AZ ('service:order@us-east-1b') edits the same service.
  if (prefix === 'service' && id) return { kind: 'service', id: id.split('@')[0]! }
  if (prefix === 'alb' && id) return { kind: 'load-balancer', id }
  if (prefix === 'sg' && id) return { kind: 'security-group', id }
  if (prefix === 'database') return { kind: 'database' }
  if (nodeId === 'cache') return { kind: 'cache' }
  if (nodeId === 'bastion') return { kind: 'bastion' }
  if (NETWORK_BOXES.test(nodeId)) return { kind: 'network' }
  return { kind: 'none' }
}

/** The selection id of a security group in the inspector. */
export function securityGroupSelection(groupId: string): string {
  return `sg:${groupId}`
}
