import type { SecurityGroup } from '../../model'
import type { TfValue } from '../types'
import { note, type MapContext } from './context'

/** The VPC's default security group, which AWS gives a resource that names none. */
export const DEFAULT_GROUP_ID = 'vpc-default'

/** Model security-group ids of the groups the values reference (at most five); the VPC's default group when none. */
export function groupsOrDefault(ctx: MapContext, values: readonly TfValue[], field: string): string[] {
  const ids = [...new Set(values.flatMap((v) => ctx.index.targets(v).flatMap((g) => ctx.securityGroupIds.get(g.address) ?? [])))]
  if (ids.length > 0) return ids.slice(0, 5)
  ctx.report.assumed(field, DEFAULT_GROUP_ID, note('assumed.default-security-group'))
  ctx.needsDefaultGroup = true
  return [DEFAULT_GROUP_ID]
}

/** AWS's default group: members reach each other, all outbound (VPC User Guide, "Default security groups for your VPCs"). */
export function defaultGroup(): SecurityGroup {
  return { id: DEFAULT_GROUP_ID, name: 'VPC default security group', ingress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'sg', sgId: DEFAULT_GROUP_ID } }] }
}
