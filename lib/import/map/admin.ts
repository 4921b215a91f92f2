import type { ArchitectureConfig, SecurityGroup } from '../../model'
import type { ResourceInstance, TfValue } from '../types'
import { note, type MapContext } from './context'
import { groupsOrDefault } from './groups'
import { bool, str } from './instances'

const SSM_POLICY = /AmazonSSMManagedInstanceCore$/
const SSM_ENDPOINTS = ['ssm', 'ssmmessages', 'ec2messages'] as const
const SSH = 22

/**
 * Admin access: a bastion (an instance in a public subnet whose group admits SSH, not a NAT),
 * Session Manager (an instance profile whose role has AmazonSSMManagedInstanceCore, or the three
 * ssm endpoints), and an EC2 Instance Connect endpoint.
 */
export function mapAdminAccess(ctx: MapContext, securityGroups: readonly SecurityGroup[], endpoints: readonly string[]): ArchitectureConfig['adminAccess'] {
  const { index, report } = ctx
  const sshIds = new Set(securityGroups.filter((g) => g.ingress.some((r) => r.protocol === 'all' || (r.protocol === 'tcp' && r.fromPort <= SSH && SSH <= r.toPort))).map((g) => g.id))
  const sshGroups = new Set([...ctx.securityGroupIds].filter(([, id]) => sshIds.has(id)).map(([address]) => address))
  const bastion = index.ofType('aws_instance').find((i) => bool(i.values.source_dest_check) !== false && isPublic(ctx, i) && admitsSsh(ctx, i, sshGroups))
  for (const other of index.ofType('aws_instance').filter((i) => i !== bastion && !report.isHandled(i))) report.skipped(other, note('skipped.instance-not-modelled'))
  const roleOf = (value: TfValue | undefined) => index.named(value, ['aws_iam_role'])
  const attachmentsOf = (role: ResourceInstance) => index.ofType('aws_iam_role_policy_attachment').filter((a) => roleOf(a.values.role)?.address === role.address)
  const profiles = index.ofType('aws_iam_instance_profile').filter((p) => {
    const role = roleOf(p.values.role)
    return role !== undefined && attachmentsOf(role).some((a) => SSM_POLICY.test(str(a.values.policy_arn) ?? ''))
  })
  for (const p of profiles) {
    report.understood(p, 'adminAccess.ssm')
    const role = roleOf(p.values.role)
    if (role) for (const r of [role, ...attachmentsOf(role)]) report.understood(r, 'adminAccess.ssm')
  }
  const ssmByEndpoints = SSM_ENDPOINTS.every((e) => endpoints.includes(e))
  const connect = index.ofType('aws_ec2_instance_connect_endpoint')
  for (const c of connect) report.understood(c, 'adminAccess.instanceConnectEndpoint')
  if (bastion) report.understood(bastion, 'adminAccess.bastion')
  return {
    ...(bastion
      ? {
          bastion: {
            instanceType: str(bastion.values.instance_type) ?? 't3.micro',
            purchase: (ctx.facts?.bastion?.purchase ?? 'on-demand') as NonNullable<ArchitectureConfig['adminAccess']['bastion']>['purchase'],
            securityGroups: groupsOrDefault(ctx, [bastion.values.vpc_security_group_ids ?? bastion.values.security_groups ?? null], 'adminAccess.bastion.securityGroups'),
          },
        }
      : {}),
    ssm: profiles.length > 0 || (ssmByEndpoints && ctx.facts?.ssm !== false),
    instanceConnectEndpoint: connect.length > 0,
  }
}

function isPublic(ctx: MapContext, instance: ResourceInstance): boolean {
  const subnet = ctx.index.target(instance.values.subnet_id)
  return (subnet !== undefined && ctx.subnetTiers.get(subnet.address) === 'public') || bool(instance.values.associate_public_ip_address) === true
}

function admitsSsh(ctx: MapContext, instance: ResourceInstance, sshGroups: ReadonlySet<string>): boolean {
  return ctx.index.targets(instance.values.vpc_security_group_ids ?? instance.values.security_groups).some((g) => sshGroups.has(g.address))
}

