import type { PresetInput } from './preset-schema'
import { ec2TierService } from './ec2-tier-service'
import { THREE_TIER_ROUTING, WEB_INGRESS, WEB_LISTENERS } from './building-blocks'

const ASG = { min: 2, desired: 2, max: 8 }

/** Spring Boot's health endpoint, healthy after 2 checks in a row (issue 13 §4, for seed 002's Tomcat tier and the Apache tier that proxies to it). */
const HEALTH_CHECK = { intervalSeconds: 30, unhealthyThreshold: 2, path: '/actuator/health', healthyThreshold: 2 }

export const petclinic3tier: PresetInput = {
  id: 'petclinic-3tier',
  title: 'PetClinic — 3-tier web / WAS / DB',
  description: 'Seed 002: CloudFront + WAF, external ALB → Apache ASG → internal ALB → Tomcat ASG → RDS MySQL Multi-AZ, NAT per AZ.',
  seed: 'shared/seeds/002 (AWS 3-Tier Architecture - PetClinic)',
  seedFigures: [
    { label: 'Auto Scaling', value: 'min 2, max 8, scale out at CPU ≥ 50 %, in at ≤ 30 %' },
    { label: 'SLO', value: '99.9 % availability, p95 ≤ 400 ms, checkout success ≥ 98.5 %' },
    { label: 'Traffic assumption', value: '100 RPS (conservative) to 200 RPS (normal) at peak' },
  ],
  notes: [
    'The seed states no outbound traffic through its NATs: 10 GB a month of package updates and outside calls is an assumption (replies to viewers leave through the ALB and CloudFront, not the NAT).',
    'The seed gives no region, instance types, DB class or budget: ap-northeast-2, t3.micro (web), t3.small (WAS), db.t3.micro and a 300,000 KRW budget are assumptions.',
    'The daily traffic bands are assumptions shaped by the seed\'s schedule (peak 19:00–22:00 at the seed\'s 100 RPS, 200 RPS as the peak event).',
    'Prometheus and Grafana run on the team\'s own instances and are not priced; NACLs are not modelled.',
    'Administrators reach instances through SSM: the seed places only the external ALB in the public subnets.',
    'The seed names no routing algorithm: both ALBs use least outstanding requests (one pooled queue per tier), the figures ArchDeck has shown for this design; the service times (5 ms web, 40 ms WAS) are assumed on the 2 vCPUs of t3.micro and t3.small.',
  ],
  // Seed 002: S3 for static content, Prometheus and Grafana on the team's instances, NACLs.
  notModelled: [
    { component: 's3', seed: '002', why: 'no-component' },
    { component: 'prometheus', seed: '002', why: 'self-hosted' },
    { component: 'grafana', seed: '002', why: 'self-hosted' },
    { component: 'network-acls', seed: '002', why: 'not-judged' },
  ],
  scenario: {
    requirements: {
      budget: { monthly: 300_000, currency: 'KRW', krwPerUsd: 1300 },
      traffic: {
        bands: [
          { name: 'Night (00–09)', rps: 2, hoursPerDay: 9 },
          { name: 'Day (09–19)', rps: 10, hoursPerDay: 10 },
          { name: 'Evening peak (19–22)', rps: 100, hoursPerDay: 3 },
          { name: 'Late evening (22–24)', rps: 20, hoursPerDay: 2 },
        ],
        peak: { name: 'Campaign evening', rps: 200, durationHours: 3 },
        natOutboundGbPerMonth: 10,
        responseSizeKb: 20,
        daysPerMonth: 30,
      },
      sla: { endpoint: 'GET /owners', p95Ms: 400, networkOverheadMs: 40 },
      recovery: { rtoMinutes: 15, rpoMinutes: 5 },
      securityPolicy: {
        allowed: [
          { from: 'internet', to: 'public' },
          { from: 'public', to: 'private-app' },
          { from: 'private-app', to: 'private-app' },
          { from: 'private-app', to: 'private-db' },
        ],
        requireFlowLogs: true,
        requireEncryption: true,
        adminAccess: 'ssm',
      },
    },
    config: {
      schemaVersion: 2,
      name: 'PetClinic 3-tier',
      region: 'ap-northeast-2',
      network: {
        vpcCidr: '10.10.0.0/16',
        azCount: 2,
        routing: THREE_TIER_ROUTING,
        internetGateway: true,
        nat: { mode: 'per-az', instanceType: 't3.nano' },
        vpcEndpoints: ['s3'],
        flowLogs: true,
      },
      securityGroups: [
        { id: 'ext-alb-sg', name: 'External-ALB-SG', ingress: [...WEB_INGRESS] },
        { id: 'web-sg', name: 'WEB-SG', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'sg', sgId: 'ext-alb-sg' }, description: 'HTTP from the external ALB' }] },
        { id: 'int-alb-sg', name: 'Internal-ALB-SG', ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'sg', sgId: 'web-sg' }, description: 'Reverse proxy to the internal ALB' }] },
        { id: 'was-sg', name: 'WAS-SG', ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peer: { kind: 'sg', sgId: 'int-alb-sg' }, description: 'Tomcat from the internal ALB' }] },
        { id: 'db-sg', name: 'DB-SG', ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, peer: { kind: 'sg', sgId: 'was-sg' }, description: 'MySQL from Tomcat only' }] },
      ],
      loadBalancers: [
        { id: 'ext-alb', name: 'External ALB', scheme: 'external', listeners: [...WEB_LISTENERS], securityGroups: ['ext-alb-sg'], dropInvalidHeaders: true, routing: 'least-outstanding-requests' },
        { id: 'int-alb', name: 'Internal ALB', scheme: 'internal', listeners: [{ port: 8080, protocol: 'HTTP', redirectToHttps: false }], securityGroups: ['int-alb-sg'], dropInvalidHeaders: true, routing: 'least-outstanding-requests' },
      ],
      services: [
        ec2TierService({ id: 'web', name: 'WEB tier (Apache httpd)', port: 80, instanceType: 't3.micro', count: ASG, onDemandBase: 8, cpuTarget: 50, loadBalancer: 'ext-alb', securityGroup: 'web-sg', serviceTimeMs: 5, workersPerTask: 2, measuredOnVcpu: 2, healthCheck: HEALTH_CHECK }),
        ec2TierService({ id: 'was', name: 'WAS tier (Tomcat)', port: 8080, instanceType: 't3.small', count: ASG, onDemandBase: 8, cpuTarget: 50, loadBalancer: 'int-alb', securityGroup: 'was-sg', serviceTimeMs: 40, workersPerTask: 2, measuredOnVcpu: 2, healthCheck: HEALTH_CHECK }),
      ],
      database: {
        engine: 'mysql', instanceClass: 'db.t3.micro', storageType: 'gp2', storageGb: 20, maxStorageGb: 100,
        multiAz: true, readReplicas: 0, backupRetentionDays: 7, insights: 'off', purchase: 'on-demand',
        encrypted: true, publiclyAccessible: false, port: 3306, securityGroups: ['db-sg'], appUserLeastPrivilege: false,
      },
      adminAccess: { ssm: true, instanceConnectEndpoint: false },
      edge: { cloudfront: true, waf: { enabled: true, rules: 2 } },
      monitoring: { containerInsights: false, logsIngestedGbPerMonth: 5, logRetentionDays: 30, alarms: 6, dashboards: 1 },
      disasterRecovery: { mode: 'none', crossRegionBackups: false },
      billing: { includePublicIpv4: true },
    },
  },
}
