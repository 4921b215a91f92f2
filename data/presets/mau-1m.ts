import type { PresetInput } from './preset-schema'
import { ec2TierService } from './ec2-tier-service'
import { THREE_TIER_ROUTING, WEB_INGRESS, publicAlb } from './building-blocks'

export const mau1m: PresetInput = {
  id: 'mau-1m',
  title: '1M MAU food-photo community',
  description: 'Seed 003: Graviton t4g.medium ASG (2 on-demand + 10 Spot), RDS MySQL db.m5.large + replica, Redis, no NAT gateway (NAT instance + VPC endpoints), EC2 Instance Connect Endpoint (ap-northeast-2).',
  seed: 'shared/seeds/003 (100만 MAU 아키텍처)',
  seedFigures: [
    { label: 'Peak QPS', value: '1,543 (read 1,210 + write 333); 2,315 with a 1.5× margin' },
    { label: 'EC2', value: '72.09 USD (2 on-demand + 10 Spot t4g.medium)' },
    { label: 'RDS, cache, ALB, total', value: '"NEED TO" — not computed in the seed' },
  ],
  notes: [
    'The 10 Spot instances are priced at the seed\'s own "Spot Instance(할인율 약 70%)": on-demand t4g.medium less 70 % ("stated by the seed", data/prices/seed-stated.json), since Spot prices float and no source gives one. At that discount the EC2 lines come to 151.84 USD (60.74 on-demand + 91.10 Spot), not the seed\'s 72.09 USD, which its own 70 % does not explain.',
    'The daily traffic bands, the 20 ms service time with 4 workers per instance, the 500 ms p95 target and the 2,000 USD budget are assumptions: the seed gives only peak QPS.',
    'Lambda, API Gateway and S3 (presigned uploads) are outside the modelled VPC and not priced.',
    'The db.m5.large price is 2021 Price List data (the newest the catalog has for Seoul).',
  ],
  // Seed 003: a Lambda issues presigned URLs for direct uploads to the S3 image bucket; an API Gateway
  // authorizer is its planned next step ("To-Be").
  notModelled: [
    { component: 's3', seed: '003', why: 'no-component' },
    { component: 'lambda', seed: '003', why: 'no-component' },
    { component: 'api-gateway', seed: '003', why: 'seed-plans-it' },
  ],
  scenario: {
    requirements: {
      budget: { monthly: 2000, currency: 'USD', krwPerUsd: 1300 },
      traffic: {
        bands: [
          { name: 'Night', rps: 60, hoursPerDay: 8 },
          { name: 'Day', rps: 400, hoursPerDay: 13 },
          { name: 'Evening peak', rps: 1543, hoursPerDay: 3 },
        ],
        peak: { name: 'Viral post (1.5× margin)', rps: 2315, durationHours: 2 },
        responseSizeKb: 8,
        daysPerMonth: 30,
      },
      sla: { endpoint: 'GET /feed', p95Ms: 500, networkOverheadMs: 40 },
      recovery: { rtoMinutes: 10, rpoMinutes: 5 },
      securityPolicy: {
        allowed: [
          { from: 'internet', to: 'public' },
          { from: 'public', to: 'private-app' },
          { from: 'private-app', to: 'private-db' },
        ],
        requireFlowLogs: true,
        requireEncryption: true,
        adminAccess: 'either',
      },
    },
    config: {
      schemaVersion: 2,
      name: '1M MAU community',
      region: 'ap-northeast-2',
      network: {
        vpcCidr: '10.20.0.0/16',
        azCount: 2,
        routing: THREE_TIER_ROUTING,
        internetGateway: true,
        nat: { mode: 'instance', instanceType: 't3.nano' },
        vpcEndpoints: ['s3', 'logs'],
        flowLogs: true,
      },
      securityGroups: [
        { id: 'alb-sg', name: 'ALB-SG', ingress: [...WEB_INGRESS] },
        { id: 'app-sg', name: 'App-SG', ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'sg', sgId: 'alb-sg' }, description: 'API from the ALB' }] },
        { id: 'db-sg', name: 'DB-SG', ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, peer: { kind: 'sg', sgId: 'app-sg' } }] },
        { id: 'cache-sg', name: 'Redis-SG', ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, peer: { kind: 'sg', sgId: 'app-sg' } }] },
      ],
      loadBalancers: [publicAlb()],
      services: [
        ec2TierService({ id: 'api', name: 'API servers (t4g.medium)', port: 8080, instanceType: 't4g.medium', count: { min: 2, desired: 12, max: 16 }, onDemandBase: 2, cpuTarget: 60, loadBalancer: 'alb', securityGroup: 'app-sg', serviceTimeMs: 20, workersPerTask: 4, healthCheck: { intervalSeconds: 30, unhealthyThreshold: 3 } }),
      ],
      database: {
        engine: 'mysql', instanceClass: 'db.m5.large', storageType: 'gp3', storageGb: 200, maxStorageGb: 500,
        multiAz: false, readReplicas: 1, backupRetentionDays: 7, insights: 'off', purchase: 'on-demand',
        encrypted: true, publiclyAccessible: false, port: 3306, securityGroups: ['db-sg'], appUserLeastPrivilege: true,
      },
      cache: { engine: 'redis', nodeType: 'cache.t4g.small', nodes: 1, purchase: 'on-demand', encrypted: true, securityGroups: ['cache-sg'] },
      adminAccess: { ssm: false, instanceConnectEndpoint: true },
      edge: { cloudfront: false, waf: { enabled: false, rules: 0 } },
      monitoring: { containerInsights: false, logsIngestedGbPerMonth: 20, logRetentionDays: 30, alarms: 5, dashboards: 1 },
      disasterRecovery: { mode: 'none', crossRegionBackups: false },
      billing: { includePublicIpv4: true },
    },
  },
}
