import type { VpcEndpoint } from '../model'
import { VPC, nameTag, subnetIds, type ExportContext } from './context'
import { toTerraformName, type TfRef } from './names'
import { addGeneratedSecurityGroup } from './security-groups'

/** Gateway endpoints are free and work through route tables; the others are interface endpoints. */
const GATEWAY_ENDPOINTS: ReadonlySet<VpcEndpoint> = new Set(['s3', 'dynamodb'])

/** com.amazonaws.<region>.<service>: ecr-api → ecr.api, ecr-dkr → ecr.dkr. */
function serviceName(region: string, endpoint: VpcEndpoint): string {
  return `com.amazonaws.${region}.${endpoint.replace(/^ecr-/, 'ecr.')}`
}

/**
 * s3/dynamodb as gateway endpoints on every route table; the rest as interface endpoints with
 * private DNS in the private-app subnets, reachable on 443 from the VPC through their own group.
 */
export function addVpcEndpoints(ctx: ExportContext, routeTables: readonly TfRef[]): void {
  const endpoints = [...new Set(ctx.config.network.vpcEndpoints)]
  const interfaces = endpoints.filter((e) => !GATEWAY_ENDPOINTS.has(e))
  const group =
    interfaces.length > 0
      ? addGeneratedSecurityGroup(ctx, 'vpc_endpoints', {
          description: 'Interface VPC endpoints: HTTPS from the VPC',
          ingress: [{ description: 'HTTPS from the VPC', ipProtocol: 'tcp', ports: { from: 443, to: 443 }, cidrIpv4: ctx.config.network.vpcCidr }],
          egress: [],
        })
      : null
  for (const endpoint of endpoints) {
    const gateway = GATEWAY_ENDPOINTS.has(endpoint)
    ctx.doc.resource('aws_vpc_endpoint', toTerraformName(endpoint), {
      vpc_id: VPC.ref('id'),
      service_name: serviceName(ctx.config.region, endpoint),
      vpc_endpoint_type: gateway ? 'Gateway' : 'Interface',
      route_table_ids: gateway ? routeTables.map((t) => t.ref('id')) : undefined,
      subnet_ids: gateway ? undefined : subnetIds(ctx, 'private-app'),
      security_group_ids: gateway || !group ? undefined : [group.ref('id')],
      private_dns_enabled: gateway ? undefined : true,
      tags: nameTag(`${ctx.config.name} ${endpoint} endpoint`, endpoint),
    })
  }
}
