// Test support: configs that exercise every branch of the export, built from a preset.
import { ArchitectureConfigSchema, type ArchitectureConfig, type Service } from '../model'
import { PRESETS } from '../../data/presets'
import { exportTerraform } from './export-terraform'

const base = PRESETS[0]?.scenario.config
if (!base) throw new Error('no preset to build test configs from')

/** A copy of the first preset's config, changed by `edit` and validated like any input. */
export function variantOf(edit: (config: ArchitectureConfig) => void): ArchitectureConfig {
  const config = structuredClone(base) as ArchitectureConfig
  edit(config)
  return ArchitectureConfigSchema.parse(config)
}

const SECURITY_GROUPS: ArchitectureConfig['securityGroups'] = [
  {
    id: 'alb-sg',
    name: 'ALB-SG',
    ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '0.0.0.0/0', label: 'Internet' } }],
  },
  { id: 'app-sg', name: 'App-SG', ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8081, peer: { kind: 'sg', sgId: 'alb-sg' } }] },
  { id: 'db-sg', name: 'DB-SG', ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'app-sg' } }] },
  { id: 'bastion-sg', name: 'Bastion-SG', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '203.0.113.10/32' } }] },
]

export function fargateService(id: string, port: number, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name: `${id} service`,
    port,
    compute: { kind: 'fargate', architecture: 'x86', vcpu: 0.5, memoryGb: 1, ephemeralStorageGb: 20 },
    count: { min: 1, desired: 2, max: 4 },
    scaling: { policy: 'target-tracking', metric: 'cpu', target: 60 },
    loadBalancer: 'alb',
    securityGroups: ['app-sg'],
    trafficShare: 1,
    performance: { serviceTimeMs: 20, workersPerTask: 1 },
    healthCheck: { intervalSeconds: 5, unhealthyThreshold: 3, gracePeriodSeconds: 60 },
    deployment: { autoRollback: true },
    ...overrides,
  }
}

function ec2Service(id: string, port: number, overrides: Partial<Service> = {}): Service {
  return fargateService(id, port, {
    compute: { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' },
    ...overrides,
  })
}

/** A small, complete design the variants below change one concern at a time. */
function withBaseline(config: ArchitectureConfig): void {
  config.network = {
    vpcCidr: '10.0.0.0/16',
    azCount: 2,
    routing: {
      public: { defaultRoute: 'igw', mapPublicIpOnLaunch: false },
      'private-app': { defaultRoute: 'nat', mapPublicIpOnLaunch: false },
      'private-db': { defaultRoute: 'none', mapPublicIpOnLaunch: false },
    },
    internetGateway: true,
    nat: { mode: 'single', instanceType: 't3.nano' },
    vpcEndpoints: [],
    flowLogs: true,
  }
  config.securityGroups = structuredClone(SECURITY_GROUPS)
  config.loadBalancers = [
    {
      id: 'alb',
      name: 'Public ALB',
      scheme: 'external',
      listeners: [
        { port: 80, protocol: 'HTTP', redirectToHttps: true },
        { port: 443, protocol: 'HTTPS', redirectToHttps: false },
      ],
      securityGroups: ['alb-sg'],
      dropInvalidHeaders: true,
    },
  ]
  config.services = [fargateService('orders', 8080), fargateService('stock', 8081)]
  config.database.securityGroups = ['db-sg']
  config.database.publiclyAccessible = false
  config.database.encrypted = true
  delete config.cache
  config.adminAccess = { bastion: { instanceType: 't3.nano', purchase: 'on-demand', securityGroups: ['bastion-sg'] }, ssm: false, instanceConnectEndpoint: false }
  config.edge = { cloudfront: false, waf: { enabled: false, rules: 0 } }
}

/** Named configs covering NAT modes, endpoints, EC2/Spot, cache, edge, monitoring and odd corners. */
export const VARIANTS: readonly { name: string; config: ArchitectureConfig }[] = [
  {
    name: 'per-AZ NAT in three Seoul AZs with every VPC endpoint',
    config: variantOf((c) => {
      withBaseline(c)
      c.region = 'ap-northeast-2'
      c.network.azCount = 3
      c.network.nat.mode = 'per-az'
      c.network.routing['private-db'].defaultRoute = 'nat'
      c.network.vpcEndpoints = ['s3', 'dynamodb', 'ecr-api', 'ecr-dkr', 'logs', 'ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'sts']
    }),
  },
  {
    name: 'a NAT instance, SSM, a bastion and an Instance Connect endpoint',
    config: variantOf((c) => {
      withBaseline(c)
      c.network.nat = { mode: 'instance', instanceType: 't4g.nano' }
      c.adminAccess.ssm = true
      c.adminAccess.instanceConnectEndpoint = true
      c.services = [ec2Service('api', 8080, { compute: { kind: 'ec2', instanceType: 't4g.small', onDemandBase: 4, purchase: 'on-demand' } })]
    }),
  },
  {
    name: 'no NAT, no internet gateway and no flow logs',
    config: variantOf((c) => {
      withBaseline(c)
      c.network.nat.mode = 'none'
      c.network.internetGateway = false
      c.network.flowLogs = false
    }),
  },
  {
    name: 'EC2 services with Spot above the on-demand base behind an external and an internal ALB',
    config: variantOf((c) => {
      withBaseline(c)
      c.loadBalancers.push({
        id: 'internal-alb',
        name: 'Internal ALB',
        scheme: 'internal',
        listeners: [{ port: 8080, protocol: 'HTTP', redirectToHttps: false }],
        securityGroups: ['app-sg'],
        dropInvalidHeaders: false,
      })
      c.loadBalancers.push({
        id: 'spare',
        name: 'Spare ALB',
        scheme: 'internal',
        listeners: [{ port: 443, protocol: 'HTTPS', redirectToHttps: false }],
        securityGroups: ['app-sg'],
        dropInvalidHeaders: true,
      })
      c.services = [
        ec2Service('web', 8080, { scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 100 } }),
        ec2Service('api', 8081, {
          loadBalancer: 'internal-alb',
          compute: { kind: 'ec2', instanceType: 'm7g.large', onDemandBase: 10, purchase: 'reserved-1yr-no-upfront' },
          scaling: { policy: 'target-tracking', metric: 'memory', target: 70, scheduledPeakCount: 8 },
          deployment: { autoRollback: false },
        }),
        ec2Service('worker', 8082, { loadBalancer: undefined, scaling: { policy: 'none', metric: 'cpu', target: 70 } }),
        fargateService('orders', 8083, { loadBalancer: 'internal-alb', scaling: { policy: 'target-tracking', metric: 'queue-length', target: 10 } }),
        fargateService('batch', 8084, { loadBalancer: undefined, scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 10 } }),
      ]
    }),
  },
  {
    name: 'a cache, read replicas, WAF on the ALBs, three hosted zones and many alarms',
    config: variantOf((c) => {
      withBaseline(c)
      c.securityGroups.push({ id: 'cache-sg', name: 'Cache-SG', ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, peer: { kind: 'sg', sgId: 'app-sg' } }] })
      c.cache = { engine: 'valkey', nodeType: 'cache.t4g.small', nodes: 3, purchase: 'on-demand', encrypted: true, securityGroups: ['cache-sg'] }
      c.database = { ...c.database, engine: 'mysql', port: 3306, instanceClass: 'db.m5.large', readReplicas: 2, backupRetentionDays: 7, insights: 'standard', storageGb: 100, maxStorageGb: 500 }
      c.edge = { cloudfront: false, waf: { enabled: true, rules: 12 }, route53: { hostedZones: 3, queriesMillionsPerMonth: 1 } }
      c.monitoring = { ...c.monitoring, alarms: 50, dashboards: 2, containerInsights: true, logRetentionDays: 45 }
      c.disasterRecovery = { mode: 'warm-standby', crossRegionBackups: true }
    }),
  },
  {
    name: 'CloudFront with WAF (us-east-1) in front of a Seoul ALB, one hosted zone',
    config: variantOf((c) => {
      withBaseline(c)
      c.region = 'ap-northeast-2'
      c.edge = { cloudfront: true, waf: { enabled: true, rules: 3 }, route53: { hostedZones: 1, queriesMillionsPerMonth: 0 } }
    }),
  },
  {
    name: 'CloudFront asked for without an external ALB, and an internal ALB with no service',
    config: variantOf((c) => {
      withBaseline(c)
      c.loadBalancers = [{ ...c.loadBalancers[0]!, scheme: 'internal' }]
      c.services = [fargateService('orders', 8080, { loadBalancer: undefined })]
      c.edge = { cloudfront: true, waf: { enabled: false, rules: 0 } }
    }),
  },
  {
    name: 'three AZs, an unencrypted single-node cache, ARM Fargate and unusual rules',
    config: variantOf((c) => {
      withBaseline(c)
      c.network.azCount = 3
      c.securityGroups.push(
        { id: 'cache-sg', name: 'Cache-SG', ingress: [{ protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'sg', sgId: 'app-sg' } }], egress: [] },
        { id: 'dns-sg', name: 'sg-dns', ingress: [{ protocol: 'udp', fromPort: 53, toPort: 53, peer: { kind: 'cidr', cidr: '10.0.0.0/16' } }] },
        { id: 'dup-a', name: 'Same name', ingress: [] },
        { id: 'dup-b', name: 'Same name', ingress: [] },
      )
      c.cache = { engine: 'redis', nodeType: 'cache.t4g.micro', nodes: 1, purchase: 'on-demand', encrypted: false, securityGroups: ['cache-sg'] }
      c.services = [
        fargateService('orders', 8080, {
          compute: { kind: 'fargate', architecture: 'arm', vcpu: 1, memoryGb: 3, ephemeralStorageGb: 50 },
          scaling: { policy: 'target-tracking', metric: 'memory', target: 75 },
        }),
      ]
      c.database = { ...c.database, insights: 'off' }
    }),
  },
  {
    name: 'a public, unencrypted database and SSH from anywhere (the config asks for it)',
    config: variantOf((c) => {
      withBaseline(c)
      c.database = { ...c.database, publiclyAccessible: true, encrypted: false }
      c.securityGroups[3]!.ingress.push({ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: 'SSH from anywhere' })
    }),
  },
]

/** Resource bodies, loosely typed: assertions read deep into them. */
type Loose = any

/** A parsed export, loosely typed for assertions. */
type ParsedExport = {
  resource: Loose
  data: Loose
  provider: { aws: { region: string; alias?: string }[] }
  notes: string
  variable: Record<string, { type: string; description: string; sensitive?: boolean; default?: unknown }>
}

export function parseExport(config: ArchitectureConfig): ParsedExport {
  const files = exportTerraform(config).files
  const json = (name: string): Loose => JSON.parse(files.find((f) => f.name === name)?.content ?? '{}')
  const main = json('main.tf.json')
  return { resource: main.resource, data: main.data, provider: main.provider, notes: main['//'] ?? '', variable: json('variables.tf.json').variable }
}

export function variantNamed(prefix: string): ArchitectureConfig {
  const found = VARIANTS.find((v) => v.name.startsWith(prefix))
  if (!found) throw new Error(`no test config named "${prefix}…"`)
  return found.config
}
