import { escapeTemplate } from './escape'
import { firstSubnet, nameTag, subnetRef, subnetsIn, type ExportContext } from './context'
import type { PlannedSubnet } from '../network'
import type { JsonObject } from './json'
import { addGeneratedSecurityGroup } from './security-groups'
import { amazonLinuxAmi, encryptedRootVolume, imdsV2Required } from './instances'
import type { TfRef } from './names'

/** Where a private route table in an AZ sends 0.0.0.0/0; null when the config has no NAT. */
export type NatRouteTarget = (az: string) => JsonObject | null

/**
 * NAT per `network.nat.mode`: one gateway in the first public subnet (`single`), one per AZ
 * (`per-az`), an EC2 NAT instance (`instance`), or nothing (`none`).
 */
export function addNat(ctx: ExportContext, internetGateway: TfRef | null): NatRouteTarget {
  const { mode } = ctx.config.network.nat
  switch (mode) {
    case 'none':
      return () => null
    case 'single': {
      const gateway = addNatGateway(ctx, 'main', firstSubnet(ctx, 'public'), internetGateway)
      return () => ({ nat_gateway_id: gateway.ref('id') })
    }
    case 'per-az': {
      const gateways = new Map(
        subnetsIn(ctx, 'public').map((subnet) => [subnet.az, addNatGateway(ctx, azSuffix(subnet.az), subnet, internetGateway)]),
      )
      return (az) => {
        const gateway = gateways.get(az)
        return gateway ? { nat_gateway_id: gateway.ref('id') } : null
      }
    }
    case 'instance': {
      const instance = addNatInstance(ctx)
      return () => ({ network_interface_id: instance.ref('primary_network_interface_id') })
    }
  }
}

export function azSuffix(az: string): string {
  return az.slice(-1)
}

function addNatGateway(ctx: ExportContext, name: string, subnet: PlannedSubnet, internetGateway: TfRef | null): TfRef {
  const label = `${ctx.config.name} NAT ${subnet.az}`
  const eip = ctx.doc.resource('aws_eip', `nat_${name}`, { domain: 'vpc', tags: nameTag(label, `nat-${subnet.az}`) })
  return ctx.doc.resource('aws_nat_gateway', name, {
    allocation_id: eip.ref('id'),
    subnet_id: subnetRef(subnet).ref('id'),
    tags: nameTag(label, `nat-${subnet.az}`),
    // A public NAT gateway needs the internet gateway attached first.
    depends_on: internetGateway ? [internetGateway.address] : undefined,
  })
}

/**
 * Amazon Linux 2023 as a NAT: forward packets and masquerade them behind the instance's public
 * address. iptables-services loads a FORWARD reject rule, hence the flush before saving.
 */
const NAT_INSTANCE_USER_DATA = [
  '#!/bin/bash',
  'set -euo pipefail',
  'dnf install -y iptables-services',
  "echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/90-nat.conf",
  'sysctl -p /etc/sysctl.d/90-nat.conf',
  'systemctl enable --now iptables',
  "IFACE=$(ip route show default | awk '{print $5}')",
  'iptables -t nat -A POSTROUTING -o "$IFACE" -j MASQUERADE',
  'iptables -F FORWARD',
  'service iptables save',
  '',
].join('\n')

function addNatInstance(ctx: ExportContext): TfRef {
  const { config } = ctx
  const group = addGeneratedSecurityGroup(ctx, 'nat_instance', {
    description: 'NAT instance: all traffic from the VPC, all outbound',
    ingress: [{ description: 'All traffic from the VPC', ipProtocol: '-1', cidrIpv4: config.network.vpcCidr }],
    egress: [{ description: 'All outbound traffic', ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }],
  })
  return ctx.doc.resource('aws_instance', 'nat', {
    ami: amazonLinuxAmi(ctx, config.network.nat.instanceType),
    instance_type: config.network.nat.instanceType,
    subnet_id: subnetRef(firstSubnet(ctx, 'public')).ref('id'),
    associate_public_ip_address: true,
    // A NAT forwards packets that are neither from nor for itself.
    source_dest_check: false,
    vpc_security_group_ids: [group.ref('id')],
    metadata_options: [imdsV2Required()],
    root_block_device: [encryptedRootVolume()],
    user_data: escapeTemplate(NAT_INSTANCE_USER_DATA),
    tags: nameTag(`${config.name} NAT instance`, 'nat-instance'),
  })
}
