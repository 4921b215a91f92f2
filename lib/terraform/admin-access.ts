import { firstSubnet, nameTag, securityGroupIds, securityGroupRef, subnetRef, type ExportContext } from './context'
import { addServiceRole } from './iam'
import { amazonLinuxAmi, encryptedRootVolume, imdsV2Required } from './instances'
import { tfRef, toTerraformName } from './names'
import { addGeneratedSecurityGroup } from './security-groups'

/** Instance profile for Session Manager, used by the bastion and the Auto Scaling groups when SSM is on. */
const SSM_INSTANCE_PROFILE = tfRef('aws_iam_instance_profile', 'ec2_ssm')

/** The SSM profile's name when `adminAccess.ssm` is on, else undefined (the attribute is left out). */
export function ssmInstanceProfileName(ctx: ExportContext): string | undefined {
  return ctx.config.adminAccess.ssm ? SSM_INSTANCE_PROFILE.ref('name') : undefined
}

/**
 * Admin access: an SSM instance profile, a bastion in the first public subnet (public IP, IMDSv2,
 * encrypted root volume, key pair from a variable), and an EC2 Instance Connect endpoint.
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
  if (adminAccess.instanceConnectEndpoint) addInstanceConnectEndpoint(ctx)
}

const SSH_PORT = 22

/**
 * An EC2 Instance Connect endpoint in the first private-app subnet. It opens SSH from its own
 * security group to the instance (EC2 User Guide, "Security groups for EC2 Instance Connect
 * Endpoint"): the endpoint's group may reach port 22 in the VPC, and the groups of the EC2
 * services admit port 22 from it; the export notes the rules it added to the design's groups.
 */
function addInstanceConnectEndpoint(ctx: ExportContext): void {
  const group = addGeneratedSecurityGroup(ctx, 'instance_connect', {
    description: 'EC2 Instance Connect endpoint: SSH to instances in the VPC',
    ingress: [],
    egress: [{ description: 'SSH to instances in the VPC', ipProtocol: 'tcp', ports: { from: SSH_PORT, to: SSH_PORT }, cidrIpv4: ctx.config.network.vpcCidr }],
  })
  ctx.doc.resource('aws_ec2_instance_connect_endpoint', 'main', {
    subnet_id: subnetRef(firstSubnet(ctx, 'private-app')).ref('id'),
    security_group_ids: [group.ref('id')],
    preserve_client_ip: false,
    tags: nameTag(`${ctx.config.name} Instance Connect endpoint`, 'instance-connect'),
  })
  const instanceGroups = [...new Set(ctx.config.services.filter((s) => s.compute.kind === 'ec2').flatMap((s) => s.securityGroups))]
  for (const sgId of instanceGroups)
    ctx.doc.resource('aws_vpc_security_group_ingress_rule', `${toTerraformName(sgId)}_ssh_from_instance_connect`, {
      security_group_id: securityGroupRef(sgId).ref('id'),
      description: 'SSH from the EC2 Instance Connect endpoint',
      ip_protocol: 'tcp',
      from_port: SSH_PORT,
      to_port: SSH_PORT,
      referenced_security_group_id: group.ref('id'),
    })
  if (instanceGroups.length > 0)
    ctx.doc.note(`EC2 Instance Connect endpoint: SSH (22) from its security group was added to ${instanceGroups.map((id) => `"${id}"`).join(', ')}, the groups of the EC2 instances it reaches.`)
}
