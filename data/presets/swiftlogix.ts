import type { PresetInput } from './preset-schema'
import { THREE_TIER_ROUTING, WEB_INGRESS, publicAlb } from './building-blocks'
import { OFFICE_CIDR, swiftlogixRequirements } from './swiftlogix-company'

type Service = PresetInput['scenario']['config']['services'][number]

/** Seed 000 step 4 sizes each task at 0.5 vCPU / 1 GB and keeps 2 tasks per service. */
function orderLikeService(id: string, name: string, port: number): Service {
  return {
    id,
    name,
    port,
    compute: { kind: 'fargate', architecture: 'x86', vcpu: 0.5, memoryGb: 1, ephemeralStorageGb: 20 },
    count: { min: 2, desired: 2, max: 14 },
    scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 20 },
    loadBalancer: 'alb',
    securityGroups: ['ecs-sg'],
    trafficShare: 1,
    // Seed 000 step 5: JMeter GET /api/orders averaged 10 ms (median 8, p95 20 ms) and the seed takes
    // 20 req/s as what one 0.5 vCPU task handles steadily: the service time is calibrated to that.
    performance: { serviceTimeMs: 10, workersPerTask: 1, measuredMedianMs: 8, measuredP95Ms: 20, measuredAtRpsPerTask: 20, measuredOnVcpu: 0.5 },
    healthCheck: { intervalSeconds: 25, unhealthyThreshold: 2, gracePeriodSeconds: 300 },
    deployment: { autoRollback: false },
  }
}

export const swiftlogix: PresetInput = {
  id: 'swiftlogix',
  title: 'SwiftLogix — final proposal',
  description: 'Seed 000: ECS Fargate 3 services × 2 tasks, Single-AZ RDS PostgreSQL, one NAT, ALB, bastion (us-east-1).',
  seed: 'shared/seeds/000 (Mission 1, step 4 final proposal)',
  seedFigures: [
    { label: 'ECS Fargate', value: '108.1 USD (88.66 vCPU + 19.48 memory)' },
    { label: 'RDS PostgreSQL', value: '33.69 USD (13.14 instance + 2.30 gp3 + 18.25 CloudWatch/Database Insights)' },
    { label: 'NAT gateway', value: '36.77 USD (32.85 hours + 3.92 for 87 GB)' },
    { label: 'ALB', value: '18.18 USD (16.43 hours + 1.75 LCU at 7.5 req/s)' },
    { label: 'Bastion t2.nano', value: '4.23 USD' },
    { label: 'Total', value: '200.97 USD = 261,261 KRW at 1,300 KRW/USD' },
  ],
  notes: [
    'Database Insights (advanced) is billed at the seed\'s 0.0125 USD per vCPU-hour, which no price source confirms: the line is marked "stated by the seed".',
    'ALB LCUs come from the traffic profile (7.03 req/s on average, 1 new connection per request) rather than the seed\'s rounded 7.5 req/s, so the line is 1.64 USD instead of 1.75 USD.',
    'NAT data processed is the seed\'s stated 86.9 GB a month (its 607,500 requests a day × 30 days × 5 KB, rounded to 87 GB): kept as the seed\'s assumption, although replies to requests that arrive through the ALB do not cross the NAT.',
    'Public IPv4 charges (0.005 USD per address-hour since 2024-02-01) are left out, as in the seed; turn on billing.includePublicIpv4 to add them.',
    'Stock and payment ports (19506, 19507) and the office address (203.0.113.10/32) are assumptions: the seed names only the order service port 19505.',
    'Autoscaling to 14 tasks per service is the seed\'s planned peak range (12–14); at launch the seed keeps 2 tasks per service.',
    'The service time is calibrated to the seed\'s JMeter run: 20 req/s per 0.5 vCPU task (the throughput the seed verified) at the run\'s p95 of 20 ms gives S = 5.89 ms for one worker (M/M/1); the run\'s 10 ms average is kept as serviceTimeMs. Half of it is assumed CPU-bound when the task size changes.',
    'The seed names no routing algorithm: the ALB uses least outstanding requests (one pooled queue), the figures ArchDeck has shown for this design.',
  ],
  // Seed 000 keeps Docker images in S3 and ECR and calls their cost negligible ("S3, EIP, ECR은
  // 구현하지만 가격은 무시 가능"); its EventBridge rules catch stopped tasks' exit codes.
  notModelled: [
    { component: 's3', seed: '000', why: 'seed-calls-negligible' },
    { component: 'ecr', seed: '000', why: 'seed-calls-negligible' },
    { component: 'eventbridge', seed: '000', why: 'no-component' },
  ],
  scenario: {
    requirements: swiftlogixRequirements,
    config: {
      schemaVersion: 2,
      name: 'SwiftLogix final proposal',
      region: 'us-east-1',
      network: {
        vpcCidr: '10.0.0.0/16',
        azCount: 2,
        routing: THREE_TIER_ROUTING,
        internetGateway: true,
        nat: { mode: 'single', instanceType: 't3.nano' },
        vpcEndpoints: [],
        flowLogs: true,
      },
      securityGroups: [
        {
          id: 'alb-sg',
          name: 'ALB-SG',
          ingress: [...WEB_INGRESS],
        },
        {
          id: 'ecs-sg',
          name: 'ECS-SG',
          ingress: [
            { protocol: 'tcp', fromPort: 19505, toPort: 19505, peer: { kind: 'sg', sgId: 'alb-sg' }, description: 'Order service from the ALB only' },
            { protocol: 'tcp', fromPort: 19506, toPort: 19506, peer: { kind: 'sg', sgId: 'alb-sg' }, description: 'Stock service from the ALB only' },
            { protocol: 'tcp', fromPort: 19507, toPort: 19507, peer: { kind: 'sg', sgId: 'alb-sg' }, description: 'Payment service from the ALB only' },
          ],
        },
        {
          id: 'rds-sg',
          name: 'RDS-SG',
          ingress: [
            { protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'ecs-sg' }, description: 'PostgreSQL from ECS tasks' },
            { protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'bastion-sg' }, description: 'PostgreSQL from the bastion' },
          ],
        },
        {
          id: 'bastion-sg',
          name: 'Bastion-SG',
          ingress: [
            { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: OFFICE_CIDR, label: 'Office' }, description: 'SSH from the office only' },
          ],
          egress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'rds-sg' }, description: 'PostgreSQL to RDS' }],
        },
      ],
      loadBalancers: [
        publicAlb(),
      ],
      services: [
        orderLikeService('order', 'Order service', 19505),
        orderLikeService('stock', 'Stock service', 19506),
        orderLikeService('payment', 'Payment service', 19507),
      ],
      database: {
        engine: 'postgresql',
        instanceClass: 'db.t3.micro',
        storageType: 'gp3',
        storageGb: 20,
        multiAz: false,
        readReplicas: 0,
        backupRetentionDays: 7,
        insights: 'advanced',
        purchase: 'on-demand',
        encrypted: true,
        publiclyAccessible: false,
        port: 5432,
        securityGroups: ['rds-sg'],
        appUserLeastPrivilege: true,
      },
      adminAccess: {
        bastion: { instanceType: 't2.nano', purchase: 'on-demand', securityGroups: ['bastion-sg'] },
        ssm: false,
        instanceConnectEndpoint: false,
      },
      edge: { cloudfront: false, waf: { enabled: false, rules: 0 } },
      monitoring: { containerInsights: false, logsIngestedGbPerMonth: 0, logRetentionDays: 30, alarms: 0, dashboards: 0 },
      disasterRecovery: { mode: 'none', crossRegionBackups: false },
      billing: { includePublicIpv4: false },
    },
  },
}
