import { firstSubnet, nameTag, securityGroupIds, subnetRef, type ExportContext } from './context'
import { addServiceRole } from './iam'
import { amazonLinuxAmi, encryptedRootVolume, imdsV2Required } from './instances'
import { tfRef } from './names'

/** Instance profile for Session Manager, used by the bastion and the Auto Scaling groups when SSM is on. */
const SSM_INSTANCE_PROFILE = tfRef('aws_iam_instance_profile', 'ec2_ssm')

/** The SSM profile's name when `adminAccess.ssm` is on, else undefined (the attribute is left out). */
export function ssmInstanceProfileName(ctx: ExportContext): string | undefined {
  return ctx.config.adminAccess.ssm ? SSM_INSTANCE_PROFILE.ref('name') : undefined
}

/**
 * Admin access: an SSM instance profile, a bastion in the first public subnet (public IP, IMDSv2,
 * encrypted root volume, key pair from a variable). The EC2 Instance Connect endpoint type is
 * not in the checked schema subset, so it is noted rather than written.
 */
export function addAdminAccess(ctx: ExportContext): void {
  const { adminAccess } = ctx.config
  if (adminAccess.ssm) {
    const { role } = addServiceRole(ctx, 'ec2_ssm', {
      service: 'ec2.amazonaws.com',
      description: 'Lets EC2 instances register with Systems Manager (Session Manager)',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
    })
    ctx.doc.define(SSM_INSTANCE_PROFILE, { name: ctx.names.claim('instance-profile', 'ec2-ssm', 128), role: role.ref('name') })
  }
  if (adminAccess.bastion) {
    const keyName = ctx.doc.variable('bastion_key_name', {
      type: 'string',
      description: 'Name of an existing EC2 key pair for SSH to the bastion',
    })
    const bastion = ctx.doc.resource('aws_instance', 'bastion', {
      ami: amazonLinuxAmi(ctx, adminAccess.bastion.instanceType),
      instance_type: adminAccess.bastion.instanceType,
      subnet_id: subnetRef(firstSubnet(ctx, 'public')).ref('id'),
      associate_public_ip_address: true,
      vpc_security_group_ids: securityGroupIds(adminAccess.bastion.securityGroups),
      key_name: keyName,
      iam_instance_profile: ssmInstanceProfileName(ctx),
      metadata_options: [imdsV2Required()],
      root_block_device: [encryptedRootVolume()],
      tags: nameTag(`${ctx.config.name} bastion`, 'bastion'),
    })
    ctx.doc.output('bastion_public_ip', bastion.ref('public_ip'), 'Public IP address of the bastion host')
  }
  if (adminAccess.instanceConnectEndpoint)
    ctx.doc.note(
      'EC2 Instance Connect endpoint: aws_ec2_instance_connect_endpoint is not in the checked provider schema subset, so it was not exported; add it in the private-app subnets by hand.',
    )
}
