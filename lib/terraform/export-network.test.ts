import { describe, expect, it } from 'vitest'
import { planSubnets } from '../network'
import { parseExport, variantNamed, variantOf } from './test-configs.test-helper'

const singleNat = variantOf((c) => {
  c.network.nat.mode = 'single'
  c.network.internetGateway = true
  c.network.flowLogs = true
})
const perAz = variantNamed('per-AZ NAT')
const natInstance = variantNamed('a NAT instance')
const noNat = variantNamed('no NAT')

describe('network', () => {
  it('plans one subnet per tier and AZ, in a VPC with DNS', () => {
    const { resource } = parseExport(perAz)
    expect(resource.aws_vpc.main).toMatchObject({ cidr_block: '10.0.0.0/16', enable_dns_support: true, enable_dns_hostnames: true })
    const planned = planSubnets(perAz)
    expect(Object.keys(resource.aws_subnet)).toHaveLength(9)
    for (const subnet of planned)
      expect(resource.aws_subnet[subnet.id.replace(/-/g, '_')]).toMatchObject({ cidr_block: subnet.cidr, availability_zone: subnet.az, vpc_id: '${aws_vpc.main.id}' })
  })

  it('puts a single NAT gateway with its EIP in the first public subnet', () => {
    const { resource } = parseExport(singleNat)
    expect(Object.keys(resource.aws_nat_gateway)).toEqual(['main'])
    expect(resource.aws_nat_gateway.main).toMatchObject({
      allocation_id: '${aws_eip.nat_main.id}',
      subnet_id: '${aws_subnet.public_a.id}',
      depends_on: ['aws_internet_gateway.main'],
    })
    expect(resource.aws_eip.nat_main.domain).toBe('vpc')
  })

  it('gives each AZ its own NAT gateway and private route tables that use it', () => {
    const { resource } = parseExport(perAz)
    expect(Object.keys(resource.aws_nat_gateway).sort()).toEqual(['a', 'b', 'c'])
    expect(resource.aws_nat_gateway.c.subnet_id).toBe('${aws_subnet.public_c.id}')
    for (const az of ['a', 'b', 'c']) {
      expect(resource.aws_route_table[`private_app_${az}`].route[0]).toMatchObject({ cidr_block: '0.0.0.0/0', nat_gateway_id: `\${aws_nat_gateway.${az}.id}` })
      expect(resource.aws_route_table_association[`private_app_${az}`].route_table_id).toBe(`\${aws_route_table.private_app_${az}.id}`)
    }
    expect(resource.aws_route_table.public.route[0].gateway_id).toBe('${aws_internet_gateway.main.id}')
  })

  it('writes every attribute of a route object, as JSON syntax requires', () => {
    const route = parseExport(singleNat).resource.aws_route_table.private_app.route[0]
    expect(Object.keys(route)).toHaveLength(13)
    expect(route).toMatchObject({ cidr_block: '0.0.0.0/0', nat_gateway_id: '${aws_nat_gateway.main.id}', gateway_id: null })
  })

  it('runs a NAT instance that forwards traffic, with IMDSv2 and an encrypted root volume', () => {
    const { resource, data } = parseExport(natInstance)
    expect(resource.aws_nat_gateway).toBeUndefined()
    expect(resource.aws_instance.nat).toMatchObject({
      ami: '${data.aws_ami.al2023_arm64.id}',
      instance_type: 't4g.nano',
      source_dest_check: false,
      associate_public_ip_address: true,
      metadata_options: [{ http_tokens: 'required' }],
      root_block_device: [{ encrypted: true }],
    })
    expect(data?.aws_ami.al2023_arm64.filter[0].values).toEqual(['al2023-ami-2023.*-arm64'])
    expect(resource.aws_route_table.private_app.route[0].network_interface_id).toBe('${aws_instance.nat.primary_network_interface_id}')
    expect(resource.aws_vpc_security_group_ingress_rule.nat_instance_in_1).toMatchObject({ ip_protocol: '-1', cidr_ipv4: '10.0.0.0/16' })
  })

  it('writes no NAT, no internet gateway and no default routes when the config has none, and says so', () => {
    const { resource, notes } = parseExport(noNat)
    expect(resource.aws_nat_gateway).toBeUndefined()
    expect(resource.aws_eip).toBeUndefined()
    expect(resource.aws_internet_gateway).toBeUndefined()
    expect(resource.aws_route_table.public.route).toBeUndefined()
    expect(resource.aws_route_table.private_app.route).toBeUndefined()
    expect(notes).toContain('no default route was written')
  })

  it('logs VPC traffic to CloudWatch only when flow logs are on', () => {
    const { resource } = parseExport(singleNat)
    expect(resource.aws_flow_log.main).toMatchObject({
      vpc_id: '${aws_vpc.main.id}',
      traffic_type: 'ALL',
      log_destination: '${aws_cloudwatch_log_group.vpc_flow_logs.arn}',
      iam_role_arn: '${aws_iam_role.vpc_flow_logs.arn}',
    })
    expect(JSON.parse(resource.aws_iam_role.vpc_flow_logs.assume_role_policy).Statement[0].Principal.Service).toBe('vpc-flow-logs.amazonaws.com')
    expect(parseExport(noNat).resource.aws_flow_log).toBeUndefined()
  })

  it('adds gateway endpoints to every route table and interface endpoints with private DNS in private-app', () => {
    const { resource } = parseExport(perAz)
    expect(resource.aws_vpc_endpoint.s3).toMatchObject({ service_name: 'com.amazonaws.ap-northeast-2.s3', vpc_endpoint_type: 'Gateway' })
    expect(resource.aws_vpc_endpoint.s3.route_table_ids).toHaveLength(1 + 3 + 3)
    expect(resource.aws_vpc_endpoint.ecr_dkr).toMatchObject({
      service_name: 'com.amazonaws.ap-northeast-2.ecr.dkr',
      vpc_endpoint_type: 'Interface',
      private_dns_enabled: true,
      subnet_ids: ['${aws_subnet.private_app_a.id}', '${aws_subnet.private_app_c.id}', '${aws_subnet.private_app_b.id}'],
      security_group_ids: ['${aws_security_group.vpc_endpoints.id}'],
    })
  })
})

describe('security groups', () => {
  const config = variantNamed('three AZs, an unencrypted')
  const { resource } = parseExport(config)

  it('writes each group with its name, description and VPC', () => {
    expect(resource.aws_security_group.alb_sg).toEqual({ name: 'ALB-SG', description: 'ALB-SG', vpc_id: '${aws_vpc.main.id}', tags: { Name: 'ALB-SG' } })
  })

  it('falls back to a generated name when the config name is taken or starts with sg-', () => {
    expect(resource.aws_security_group.dns_sg.name).toBe('swiftlogix-final-proposal-dns-sg')
    expect(resource.aws_security_group.dup_a.name).not.toBe(resource.aws_security_group.dup_b.name)
  })

  it('writes one rule resource per rule: CIDR peers, group peers and all protocols', () => {
    expect(resource.aws_vpc_security_group_ingress_rule.alb_sg_in_1).toMatchObject({
      security_group_id: '${aws_security_group.alb_sg.id}',
      ip_protocol: 'tcp',
      from_port: 443,
      to_port: 443,
      cidr_ipv4: '0.0.0.0/0',
      description: 'Internet',
    })
    expect(resource.aws_vpc_security_group_ingress_rule.app_sg_in_1).toMatchObject({
      referenced_security_group_id: '${aws_security_group.alb_sg.id}',
      from_port: 8080,
      to_port: 8081,
    })
    const all = resource.aws_vpc_security_group_ingress_rule.cache_sg_in_1
    expect(all.ip_protocol).toBe('-1')
    expect(all).not.toHaveProperty('from_port')
    expect(resource.aws_vpc_security_group_ingress_rule.dns_sg_in_1.ip_protocol).toBe('udp')
  })

  it('allows all outbound traffic when egress is omitted, and none when it is empty', () => {
    expect(resource.aws_vpc_security_group_egress_rule.alb_sg_out_all).toMatchObject({ ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' })
    expect(Object.keys(resource.aws_vpc_security_group_egress_rule).filter((n) => n.startsWith('cache_sg_'))).toEqual([])
  })

  // Security groups are stateful (VPC User Guide, "Security group rules"): replies to accepted
  // connections leave without an outbound rule, so a group only data stores use needs none.
  it('writes no outbound rule for a group only data stores use, and notes it', () => {
    const swift = parseExport(variantOf(() => {}))
    const dbSg = variantOf(() => {}).database.securityGroups[0]!
    const name = dbSg.replace(/-/g, '_')
    expect(Object.keys(swift.resource.aws_vpc_security_group_egress_rule).filter((n) => n.startsWith(`${name}_out`))).toEqual([])
    expect(swift.notes).toContain(`"${dbSg}": no outbound rule, since only data stores use it`)
    // A group the database shares with a service keeps the config's "all outbound".
    const shared = variantOf((c) => c.services[0]!.securityGroups.push(c.database.securityGroups[0]!))
    expect(parseExport(shared).resource.aws_vpc_security_group_egress_rule[`${name}_out_all`]).toMatchObject({ ip_protocol: '-1' })
  })

  it('opens HTTPS out for a bastion whose outbound rules would block its updates, and notes it', () => {
    const swift = parseExport(variantOf(() => {}))
    expect(swift.resource.aws_vpc_security_group_egress_rule.bastion_sg_out_https_updates).toMatchObject({ ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' })
    expect(swift.notes).toContain('"bastion-sg": outbound HTTPS (443) to the internet was added so the bastion can install updates')
  })
})
