import type { PresetInput } from './preset-schema'
import { OFFICE_CIDR } from './swiftlogix-company'
import { ec2TierService } from './ec2-tier-service'
import { THREE_TIER_ROUTING, WEB_INGRESS, publicAlb } from './building-blocks'

export const standardWeb: PresetInput = {
  id: 'standard-web',
  title: 'Standard web: Route 53 → ALB → ASG → RDS',
  description: 'Seed 004: Route 53, ALB, EC2 Auto Scaling group (2 per AZ, CPU 70 %), RDS Multi-AZ, NAT per AZ, bastion (us-east-1).',
  seed: 'shared/seeds/004 (AWS 로드밸런서 + 오토스케일링)',
  seedFigures: [
    { label: 'High availability', value: 'AZ-A: ALB + 2 EC2, AZ-B: ALB + 2 EC2; every component duplicated' },
    { label: 'Health check', value: 'every 30 s, healthy after 2, unhealthy after 3' },
    { label: 'Scaling', value: 'target tracking, CPU 70 %' },
  ],
  notes: [
    'The seed states no outbound traffic through its NATs: 10 GB a month of package updates and outside calls is an assumption (replies to visitors leave through the ALB, not the NAT).',
    'The seed gives no instance type, DB engine, traffic or budget: t3.micro, MySQL db.t3.micro, the traffic bands, a 1 s p95 target and a 300 USD budget are assumptions.',
    'us-east-1 follows the seed\'s key-pair example (--region us-east-1).',
    'The ALB routes round robin, as the seed\'s request flow says: each instance queues its own share, so p95 is judged per instance. The 30 ms service time is assumed on t3.micro\'s 2 vCPUs.',
  ],
  // Seed 004: Route 53 in front of the ALB; ALB access logs to S3 queried with Athena; a Lambda on
  // CloudWatch Logs for alerts.
  notModelled: [
    { component: 'route53', seed: '004', why: 'no-component' },
    { component: 's3', seed: '004', why: 'no-component' },
    { component: 'athena', seed: '004', why: 'no-component' },
    { component: 'lambda', seed: '004', why: 'no-component' },
  ],
  scenario: {
    requirements: {
      budget: { monthly: 300, currency: 'USD', krwPerUsd: 1300 },
      traffic: {
        bands: [
          { name: 'Day', rps: 10, hoursPerDay: 12 },
          { name: 'Night', rps: 2, hoursPerDay: 12 },
        ],
        peak: { name: 'Traffic surge (100 → 1,000 users)', rps: 100, durationHours: 4 },
        natOutboundGbPerMonth: 10,
        responseSizeKb: 10,
        daysPerMonth: 30,
      },
      sla: { endpoint: 'GET /products', p95Ms: 1000, networkOverheadMs: 60 },
      recovery: { rtoMinutes: 10, rpoMinutes: 5 },
      securityPolicy: {
        allowed: [
          { from: 'internet', to: 'public' },
          { from: 'office', to: 'public' },
          { from: 'public', to: 'private-app' },
          { from: 'private-app', to: 'private-db' },
        ],
        requireFlowLogs: true,
        requireEncryption: true,
        adminAccess: 'bastion',
      },
    },
    config: {
      schemaVersion: 2,
      name: 'Standard web',
      region: 'us-east-1',
      network: {
        vpcCidr: '10.30.0.0/16',
        azCount: 2,
        routing: THREE_TIER_ROUTING,
        internetGateway: true,
        nat: { mode: 'per-az', instanceType: 't3.nano' },
        vpcEndpoints: [],
        flowLogs: true,
      },
      securityGroups: [
        { id: 'alb-sg', name: 'ALB-SG', ingress: [...WEB_INGRESS] },
        { id: 'ec2-sg', name: 'EC2-SG', ingress: [
          { protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'sg', sgId: 'alb-sg' }, description: 'HTTP from the ALB' },
          { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'sg', sgId: 'bastion-sg' }, description: 'SSH from the bastion' },
        ] },
        { id: 'db-sg', name: 'DB-SG', ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, peer: { kind: 'sg', sgId: 'ec2-sg' } }] },
        { id: 'bastion-sg', name: 'Bastion-SG', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: OFFICE_CIDR, label: 'Office' } }] },
      ],
      // Seed 004's request flow: "정상 EC2 중 하나 선택 (라운드 로빈)" (the ALB picks a healthy instance, round robin).
      loadBalancers: [publicAlb('alb-sg', 'round-robin')],
      services: [
        ec2TierService({ id: 'web', name: 'Web servers', port: 80, instanceType: 't3.micro', count: { min: 4, desired: 4, max: 8 }, onDemandBase: 8, cpuTarget: 70, loadBalancer: 'alb', securityGroup: 'ec2-sg', serviceTimeMs: 30, workersPerTask: 2, measuredOnVcpu: 2, healthCheck: { intervalSeconds: 30, unhealthyThreshold: 3 } }),
      ],
      database: {
        engine: 'mysql', instanceClass: 'db.t3.micro', storageType: 'gp2', storageGb: 20,
        multiAz: true, readReplicas: 0, backupRetentionDays: 7, insights: 'off', purchase: 'on-demand',
        encrypted: true, publiclyAccessible: false, port: 3306, securityGroups: ['db-sg'], appUserLeastPrivilege: false,
      },
      adminAccess: { bastion: { instanceType: 't3.micro', purchase: 'on-demand', securityGroups: ['bastion-sg'] }, ssm: false, instanceConnectEndpoint: false },
      edge: { cloudfront: false, waf: { enabled: false, rules: 0 }, route53: { hostedZones: 1 } },
      monitoring: { containerInsights: false, logsIngestedGbPerMonth: 5, logRetentionDays: 30, alarms: 4, dashboards: 1 },
      disasterRecovery: { mode: 'none', crossRegionBackups: false },
      billing: { includePublicIpv4: true },
    },
  },
}
