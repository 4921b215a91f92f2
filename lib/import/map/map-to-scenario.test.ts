import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { parseScenario } from '../../model'
import { exportTerraform } from '../../terraform'
import { VARIANTS } from '../../terraform/test-configs.test-helper'
import type { EvaluatedConfiguration, ResourceInstance, TfObject } from '../types'
import { mapToScenario } from './index'
import { exportAsConfiguration } from './testing/export-as-configuration'

const ref = (address: string, attribute = 'id') => ({ $ref: address, attribute })

function instance(address: string, values: TfObject, provider = 'aws'): ResourceInstance {
  const [type, name] = address.split('.') as [string, string]
  return { address, mode: 'managed', type, name, provider, values }
}

function configuration(instances: ResourceInstance[], region = 'us-east-1'): EvaluatedConfiguration {
  return { instances, providerRegions: { aws: region }, notes: [] }
}

/** A small hand-written project: one VPC, public and app subnets in two AZs, an ALB, one Fargate service, RDS. */
function smallProject(extra: ResourceInstance[] = []): ResourceInstance[] {
  return [
    instance('aws_vpc.main', { cidr_block: '10.1.0.0/16', tags: { Name: 'shop' } }),
    instance('aws_subnet.public_a', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.0.0/24', availability_zone: 'us-east-1a' }),
    instance('aws_subnet.public_b', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.1.0/24', availability_zone: 'us-east-1b' }),
    instance('aws_subnet.app_a', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.10.0/24', availability_zone: 'us-east-1a' }),
    instance('aws_subnet.app_b', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.11.0/24', availability_zone: 'us-east-1b' }),
    instance('aws_subnet.db_a', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.20.0/24', availability_zone: 'us-east-1a' }),
    instance('aws_subnet.db_b', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.1.21.0/24', availability_zone: 'us-east-1b' }),
    instance('aws_internet_gateway.gw', { vpc_id: ref('aws_vpc.main') }),
    instance('aws_eip.nat', { domain: 'vpc' }),
    instance('aws_nat_gateway.one', { allocation_id: ref('aws_eip.nat'), subnet_id: ref('aws_subnet.public_a') }),
    instance('aws_route_table.public', { vpc_id: ref('aws_vpc.main'), route: [{ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.gw') }] }),
    instance('aws_route_table.private', { vpc_id: ref('aws_vpc.main') }),
    instance('aws_route.private_out', { route_table_id: ref('aws_route_table.private'), destination_cidr_block: '0.0.0.0/0', nat_gateway_id: ref('aws_nat_gateway.one') }),
    ...['public_a', 'public_b'].map((s) => instance(`aws_route_table_association.${s}`, { subnet_id: ref(`aws_subnet.${s}`), route_table_id: ref('aws_route_table.public') })),
    ...['app_a', 'app_b'].map((s) => instance(`aws_route_table_association.${s}`, { subnet_id: ref(`aws_subnet.${s}`), route_table_id: ref('aws_route_table.private') })),
    instance('aws_db_subnet_group.db', { subnet_ids: [ref('aws_subnet.db_a'), ref('aws_subnet.db_b')] }),
    instance('aws_security_group.lb', {
      vpc_id: ref('aws_vpc.main'),
      tags: { Name: 'Load balancer' },
      ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }],
      egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }],
    }),
    instance('aws_security_group.app', { vpc_id: ref('aws_vpc.main'), ingress: [{ from_port: 8080, to_port: 8080, protocol: '6', security_groups: [ref('aws_security_group.lb')] }], egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }] }),
    instance('aws_security_group.db', { vpc_id: ref('aws_vpc.main') }),
    instance('aws_security_group_rule.db_from_app', { type: 'ingress', security_group_id: ref('aws_security_group.db'), from_port: 5432, to_port: 5432, protocol: 'tcp', source_security_group_id: ref('aws_security_group.app') }),
    instance('aws_security_group_rule.ping', { type: 'ingress', security_group_id: ref('aws_security_group.app'), from_port: 8, to_port: 0, protocol: 'icmp', cidr_blocks: ['10.1.0.0/16'] }),
    instance('aws_lb.web', { internal: false, security_groups: [ref('aws_security_group.lb')], subnets: [ref('aws_subnet.public_a'), ref('aws_subnet.public_b')] }),
    instance('aws_lb_target_group.api', { port: 8080, protocol: 'HTTP', health_check: [{ path: '/health', interval: 15 }] }),
    instance('aws_lb_listener.https', { load_balancer_arn: ref('aws_lb.web', 'arn'), port: 443, protocol: 'HTTPS', default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.api', 'arn') }] }),
    instance('aws_ecs_cluster.main', { setting: [{ name: 'containerInsights', value: 'enabled' }] }),
    instance('aws_ecs_task_definition.api', { cpu: '1 vCPU', memory: '2 GB', runtime_platform: [{ cpu_architecture: 'ARM64' }], container_definitions: { $unknown: 'computed' } }),
    instance('aws_ecs_service.api', {
      name: 'api',
      task_definition: ref('aws_ecs_task_definition.api', 'arn'),
      desired_count: 3,
      launch_type: 'FARGATE',
      network_configuration: [{ subnets: [ref('aws_subnet.app_a'), ref('aws_subnet.app_b')], security_groups: [ref('aws_security_group.app')] }],
      load_balancer: [{ target_group_arn: ref('aws_lb_target_group.api', 'arn'), container_name: 'api', container_port: 8080 }],
      deployment_circuit_breaker: [{ enable: true, rollback: true }],
    }),
    instance('aws_db_instance.main', { engine: 'postgres', instance_class: 'db.x9.huge', allocated_storage: 50, storage_type: 'io1', multi_az: true, password: 'hunter2hunter2', vpc_security_group_ids: [ref('aws_security_group.db')] }),
    instance('aws_db_instance.reader', { replicate_source_db: ref('aws_db_instance.main', 'identifier'), instance_class: 'db.x9.huge' }),
    instance('random_password.db', { length: 16 }, 'random'),
    instance('aws_iam_role.task', { name: 'task' }),
    ...extra,
  ]
}

describe('mapToScenario: ArchDeck exports read back as the design they came from', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
    const files = exportTerraform(preset.scenario.config, { requirements: preset.scenario.requirements }).files
    const { scenario } = mapToScenario(exportAsConfiguration(files))
    const parsed = parseScenario(scenario)
    expect(parsed.ok && parsed.value).toEqual(preset.scenario)
  })

  it.each(VARIANTS.map((v) => [v.name, v.config] as const))('variant: %s exports the same Terraform again', (_name, config) => {
    const files = exportTerraform(config).files
    const parsed = parseScenario(mapToScenario(exportAsConfiguration(files)).scenario)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(exportTerraform(parsed.value.config).files).toEqual(files)
  })
})

describe('mapToScenario: a hand-written project', () => {
  const { scenario, report } = mapToScenario(configuration(smallProject()))
  const parsed = parseScenario(scenario)
  const config = parsed.ok ? parsed.value.config : undefined

  it('is a valid scenario', () => expect(parsed.ok).toBe(true))

  it('reads tiers from routes and subnet groups, and NAT and AZs from the gateways', () => {
    expect(config?.network).toMatchObject({ vpcCidr: '10.1.0.0/16', azCount: 2, internetGateway: true, nat: { mode: 'single' } })
    expect(config?.network.routing).toMatchObject({ public: { defaultRoute: 'igw' }, 'private-app': { defaultRoute: 'nat' }, 'private-db': { defaultRoute: 'none' } })
  })

  it('reads inline and separate rules, and says which it could not hold', () => {
    const app = config?.securityGroups.find((g) => g.id === 'app')
    expect(app?.ingress).toEqual([{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'sg', sgId: 'lb' } }])
    expect(app?.egress).toBeUndefined()
    // Terraform removes AWS's default outbound rule: a group declared without egress has none.
    expect(config?.securityGroups.find((g) => g.id === 'db')?.egress).toEqual([])
    expect(report.skipped.find((s) => s.address === 'aws_security_group_rule.ping')?.why.code).toBe('import.skipped.rule-not-modelled')
  })

  it('reads the service: size in words, ARM, port from the load balancer, rollback', () => {
    expect(config?.services[0]).toMatchObject({ id: 'api', port: 8080, loadBalancer: 'web', compute: { kind: 'fargate', vcpu: 1, memoryGb: 2, architecture: 'arm' }, deployment: { autoRollback: true } })
    expect(config?.services[0]?.healthCheck).toMatchObject({ path: '/health', intervalSeconds: 15 })
    // The target group leaves its thresholds out: the hashicorp/aws provider then sends 3 and 3 (its
    // aws_lb_target_group docs: healthy_threshold and unhealthy_threshold "Defaults to 3"; terraform
    // plan shows the same), not the ELB API's own 5 and 2.
    expect(config?.services[0]?.healthCheck).toMatchObject({ healthyThreshold: 3, unhealthyThreshold: 3 })
    expect(report.assumed.some((a) => a.field === 'services[api].performance.serviceTimeMs')).toBe(true)
  })

  it('keeps a class no price sheet knows, counts replicas, reads io1 as gp3 and says so', () => {
    expect(config?.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.x9.huge', multiAz: true, readReplicas: 1, storageType: 'gp3', port: 5432 })
    expect(report.assumed.find((a) => a.field === 'database.storageType')?.value).toBe('gp3')
  })

  it('never copies a secret, and says it should be a variable', () => {
    expect(JSON.stringify({ scenario, report })).not.toContain('hunter2')
    expect(report.notes.some((n) => n.code === 'import.secret-to-variable')).toBe(true)
  })

  it('skips other providers and AWS types the model does not hold, and lists every default requirement', () => {
    expect(report.skipped.find((s) => s.address === 'random_password.db')?.why.code).toBe('import.skipped.other-provider')
    expect(report.skipped.find((s) => s.address === 'aws_iam_role.task')?.why.code).toBe('import.skipped.not-modelled')
    expect(report.assumed.filter((a) => a.field.startsWith('requirements.')).length).toBeGreaterThanOrEqual(10)
  })

  it('skips Aurora and assumes the smallest database when there is none', () => {
    const aurora = smallProject().filter((i) => i.type !== 'aws_db_instance')
    aurora.push(instance('aws_rds_cluster.main', { engine: 'aurora-postgresql' }))
    const result = mapToScenario(configuration(aurora))
    expect(result.report.skipped.find((s) => s.address === 'aws_rds_cluster.main')?.why.code).toBe('import.skipped.rds-cluster')
    expect(result.report.assumed.find((a) => a.field === 'database')?.value).toBe('db.t3.micro')
    expect(parseScenario(result.scenario).ok).toBe(true)
  })
})

describe('mapToScenario: variations real projects use', () => {
  const project = smallProject()
  const without = (...addresses: string[]) => project.filter((i) => !addresses.includes(i.address))

  it('reads one NAT gateway per AZ as per-az, and a NAT instance as instance', () => {
    const perAz = mapToScenario(configuration([...project, instance('aws_nat_gateway.two', { allocation_id: ref('aws_eip.nat'), subnet_id: ref('aws_subnet.public_b') })]))
    expect(parseScenario(perAz.scenario).ok && (perAz.scenario as { config: { network: { nat: unknown } } }).config.network.nat).toMatchObject({ mode: 'per-az' })
    const natInstance = without('aws_nat_gateway.one', 'aws_eip.nat', 'aws_route.private_out')
    natInstance.push(
      instance('aws_instance.nat', { instance_type: 't4g.nano', source_dest_check: false, subnet_id: ref('aws_subnet.public_a') }),
      instance('aws_route.private_out', { route_table_id: ref('aws_route_table.private'), destination_cidr_block: '0.0.0.0/0', network_interface_id: ref('aws_instance.nat', 'primary_network_interface_id') }),
    )
    const parsed = parseScenario(mapToScenario(configuration(natInstance)).scenario)
    expect(parsed.ok && parsed.value.config.network.nat).toEqual({ mode: 'instance', instanceType: 't4g.nano' })
  })

  it('reads the legacy aws_alb names and an Auto Scaling group with Spot above its on-demand base', () => {
    const legacy = without('aws_lb.web', 'aws_lb_listener.https', 'aws_ecs_service.api', 'aws_ecs_task_definition.api')
    legacy.push(
      instance('aws_alb.web', { internal: true, security_groups: [ref('aws_security_group.lb')] }),
      instance('aws_alb_listener.http', { load_balancer_arn: ref('aws_alb.web', 'arn'), port: 80, protocol: 'HTTP', default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.api', 'arn') }] }),
      instance('aws_launch_template.app', { instance_type: 'm7g.large', vpc_security_group_ids: [ref('aws_security_group.app')] }),
      instance('aws_autoscaling_group.app', {
        min_size: 2,
        max_size: 10,
        desired_capacity: 4,
        vpc_zone_identifier: [ref('aws_subnet.app_a'), ref('aws_subnet.app_b')],
        target_group_arns: [ref('aws_lb_target_group.api', 'arn')],
        mixed_instances_policy: [
          {
            instances_distribution: [{ on_demand_base_capacity: 2, on_demand_percentage_above_base_capacity: 0 }],
            launch_template: [{ launch_template_specification: [{ launch_template_id: ref('aws_launch_template.app') }] }],
          },
        ],
      }),
      instance('aws_autoscaling_policy.cpu', { autoscaling_group_name: 'app-asg', policy_type: 'TargetTrackingScaling', target_tracking_configuration: [{ target_value: 55, predefined_metric_specification: [{ predefined_metric_type: 'ASGAverageCPUUtilization' }] }] }),
    )
    // The evaluator gives a group's name as written when the file sets it.
    legacy.find((i) => i.address === 'aws_autoscaling_group.app')!.values.name = 'app-asg'
    const parsed = parseScenario(mapToScenario(configuration(legacy)).scenario)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.config.loadBalancers[0]).toMatchObject({ id: 'web', scheme: 'internal', listeners: [{ port: 80, protocol: 'HTTP' }] })
    expect(parsed.value.config.services[0]).toMatchObject({
      id: 'app',
      port: 8080,
      loadBalancer: 'web',
      compute: { kind: 'ec2', instanceType: 'm7g.large', onDemandBase: 2 },
      count: { min: 2, desired: 4, max: 10 },
      scaling: { policy: 'target-tracking', metric: 'cpu', target: 55 },
    })
  })

  it('keeps the VPC that holds the services and skips another, and caps four AZs at three', () => {
    const extra = [
      instance('aws_vpc.shared', { cidr_block: '172.16.0.0/16' }),
      instance('aws_subnet.shared', { vpc_id: ref('aws_vpc.shared'), cidr_block: '172.16.0.0/24' }),
      ...['c', 'd'].map((az) => instance(`aws_subnet.app_${az}`, { vpc_id: ref('aws_vpc.main'), cidr_block: `10.1.${az === 'c' ? 12 : 13}.0/24`, availability_zone: `us-east-1${az}` })),
      ...['c', 'd'].map((az) => instance(`aws_route_table_association.app_${az}`, { subnet_id: ref(`aws_subnet.app_${az}`), route_table_id: ref('aws_route_table.private') })),
    ]
    const { scenario, report } = mapToScenario(configuration([...project, ...extra]))
    const parsed = parseScenario(scenario)
    expect(parsed.ok && parsed.value.config.network).toMatchObject({ vpcCidr: '10.1.0.0/16', azCount: 3 })
    expect(report.skipped.find((s) => s.address === 'aws_vpc.shared')?.why.code).toBe('import.skipped.other-vpc')
    expect(report.assumed.find((a) => a.field === 'network.azCount')?.why).toMatchObject({ code: 'import.assumed.az-count-capped', params: { found: 4, used: 3 } })
  })
})

describe('mapToScenario: cache, admin access, edge and monitoring', () => {
  const extras = [
    instance('aws_elasticache_replication_group.cache', { engine: 'valkey', node_type: 'cache.t4g.small', num_cache_clusters: 2, at_rest_encryption_enabled: 'true', security_group_ids: [ref('aws_security_group.db')] }),
    instance('aws_security_group.bastion', { vpc_id: ref('aws_vpc.main'), ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['198.51.100.7/32'] }] }),
    instance('aws_instance.bastion', { instance_type: 't4g.nano', subnet_id: ref('aws_subnet.public_a'), vpc_security_group_ids: [ref('aws_security_group.bastion')] }),
    instance('aws_instance.worker', { instance_type: 'm7i.large', subnet_id: ref('aws_subnet.app_a') }),
    instance('aws_ec2_instance_connect_endpoint.eic', { subnet_id: ref('aws_subnet.app_a') }),
    ...['ssm', 'ssmmessages', 'ec2messages'].map((e) => instance(`aws_vpc_endpoint.${e}`, { vpc_id: ref('aws_vpc.main'), service_name: `com.amazonaws.us-east-1.${e}`, vpc_endpoint_type: 'Interface' })),
    instance('aws_cloudfront_distribution.cdn', { enabled: true }),
    instance('aws_wafv2_web_acl.edge', { scope: 'CLOUDFRONT', rule: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, 'aws.us_east_1'),
    instance('aws_route53_zone.main', { name: 'example.com' }),
    instance('aws_cloudwatch_log_group.app', { retention_in_days: 90 }),
    instance('aws_cloudwatch_metric_alarm.cpu', { threshold: 80 }),
    instance('aws_cloudwatch_metric_alarm.errors', { threshold: 10 }),
    instance('aws_cloudwatch_dashboard.main', { dashboard_name: 'ops' }),
  ]
  const { scenario, report } = mapToScenario(configuration([...smallProject(), ...extras]))
  const parsed = parseScenario(scenario)
  const config = parsed.ok ? parsed.value.config : undefined

  it('reads the cache, a bastion in a public subnet that admits SSH, SSM by its endpoints, and Instance Connect', () => {
    expect(parsed.ok).toBe(true)
    expect(config?.cache).toMatchObject({ engine: 'valkey', nodeType: 'cache.t4g.small', nodes: 2, encrypted: true, securityGroups: ['db'] })
    expect(config?.adminAccess).toMatchObject({ bastion: { instanceType: 't4g.nano', securityGroups: ['bastion'] }, ssm: true, instanceConnectEndpoint: true })
    expect(config?.network.vpcEndpoints).toEqual(['ec2messages', 'ssm', 'ssmmessages'])
    expect(report.skipped.find((s) => s.address === 'aws_instance.worker')?.why.code).toBe('import.skipped.instance-not-modelled')
  })

  it('reads CloudFront, the web ACL\'s rules, hosted zones, log retention, alarms, dashboards and Container Insights', () => {
    expect(config?.edge).toEqual({ cloudfront: true, waf: { enabled: true, rules: 3 }, route53: { hostedZones: 1, queriesMillionsPerMonth: 0 } })
    expect(config?.monitoring).toMatchObject({ containerInsights: true, logRetentionDays: 90, alarms: 2, dashboards: 1 })
  })
})
