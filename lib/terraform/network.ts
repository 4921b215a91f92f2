import { VPC, nameTag, subnetRef, type ExportContext } from './context'
import { tfRef, type TfRef } from './names'

const INTERNET_GATEWAY = tfRef('aws_internet_gateway', 'main')

/** VPC with DNS (interface endpoints with private DNS need both flags), one subnet per planned subnet, IGW. */
export function addNetwork(ctx: ExportContext): { internetGateway: TfRef | null } {
  const { config, doc } = ctx
  doc.define(VPC, {
    cidr_block: config.network.vpcCidr,
    enable_dns_support: true,
    enable_dns_hostnames: true,
    tags: nameTag(config.name, ctx.project),
  })
  for (const subnet of ctx.subnets) {
    doc.define(subnetRef(subnet), {
      vpc_id: VPC.ref('id'),
      cidr_block: subnet.cidr,
      availability_zone: subnet.az,
      map_public_ip_on_launch: config.network.routing[subnet.tier].mapPublicIpOnLaunch,
      tags: { ...nameTag(`${config.name} ${subnet.id}`, subnet.id), Tier: subnet.tier },
    })
  }
  doc.output('vpc_id', VPC.ref('id'), 'ID of the VPC')
  if (!config.network.internetGateway) return { internetGateway: null }
  doc.define(INTERNET_GATEWAY, { vpc_id: VPC.ref('id'), tags: nameTag(config.name, ctx.project) })
  return { internetGateway: INTERNET_GATEWAY }
}
