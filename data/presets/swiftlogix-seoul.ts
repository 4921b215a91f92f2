import type { PresetInput } from './preset-schema'
import { THREE_TIER_ROUTING, WEB_INGRESS, publicAlb } from './building-blocks'
import { OFFICE_CIDR, swiftlogixRequirements } from './swiftlogix-company'

type Config = PresetInput['scenario']['config']
type Service = Config['services'][number]
type Purchase = 'on-demand' | 'reserved-1yr-all-upfront'

/** Seed 001 sizes every task at 0.25 vCPU / 0.5 GB ("태스크당 0.25 vCPU, 0.5 mem"). */
const SERVICE_NAMES = ['gateway', 'user', 'order', 'product', 'payment', 'delivery', 'config'] as const

type PlanOptions = {
  id: string
  title: string
  description: string
  seedTotal: string
  services: number
  tasksPerService: number
  albs: 1 | 2
  nat: 'single' | 'per-az'
  bastion: { instanceType: 't2.micro' | 't2.nano'; purchase: Purchase }
  rdsPurchase: Purchase
  cachePurchase: Purchase
  notes: string[]
}

/**
 * No source prices a Seoul t2 reservation and seed 001 gives none for the bastion's
 * "t2.micro/t2.nano 예약 인스턴스 (1년)": a plan that reserves it prices a 1-year reservation of
 * either at the on-demand rate, a ceiling (a reservation never costs more), as its own assumption.
 */
const BASTION_RESERVATION_CEILINGS: NonNullable<Config['pricing']> = {
  overrides: [
    { key: 'reserved.ec2.t2.micro.linux.1yr_all_upfront.effective_hour', usd: 0.0144, note: 'a ceiling, not a price: t2.micro on-demand in Seoul (0.0144 USD/h); no source prices a Seoul t2.micro reservation' },
    { key: 'reserved.ec2.t2.nano.linux.1yr_all_upfront.effective_hour', usd: 0.0072, note: 'a ceiling, not a price: t2.nano on-demand in Seoul (0.0072 USD/h); no source prices a Seoul t2.nano reservation' },
  ],
}

function seoulService(name: string, index: number, tasks: number, albs: 1 | 2): Service {
  const isGateway = index === 0
  return {
    id: name,
    name: `${name[0]!.toUpperCase()}${name.slice(1)} service`,
    port: 8080 + index,
    compute: { kind: 'fargate', architecture: 'x86', vcpu: 0.25, memoryGb: 0.5, ephemeralStorageGb: 20 },
    count: { min: tasks, desired: tasks, max: Math.max(tasks, 6) },
    scaling: { policy: 'target-tracking', metric: 'queue-length', target: 10 },
    // With two ALBs the gateway faces the internet and the internal ALB fronts the rest.
    loadBalancer: albs === 2 && !isGateway ? 'internal-alb' : 'alb',
    securityGroups: ['ecs-sg'],
    trafficShare: 1,
    performance: { serviceTimeMs: 20, workersPerTask: 1 },
    healthCheck: { intervalSeconds: 30, unhealthyThreshold: 3, gracePeriodSeconds: 120 },
    deployment: { autoRollback: false },
  }
}

function seoulPlan(o: PlanOptions): PresetInput {
  const services = SERVICE_NAMES.slice(0, o.services).map((name, i) => seoulService(name, i, o.tasksPerService, o.albs))
  const servicePorts = services.map((s) => s.port)
  const fromLb = (sgId: string) =>
    servicePorts.map((port) => ({ protocol: 'tcp' as const, fromPort: port, toPort: port, peer: { kind: 'sg' as const, sgId }, description: `Service port ${port}` }))
  const config: Config = {
    schemaVersion: 2,
    name: o.title,
    region: 'ap-northeast-2',
    network: {
      vpcCidr: '10.0.0.0/16',
      azCount: 2,
      routing: THREE_TIER_ROUTING,
      internetGateway: true,
      nat: { mode: o.nat, instanceType: 't3.nano' },
      vpcEndpoints: [],
      flowLogs: true,
    },
    securityGroups: [
      {
        id: 'alb-sg',
        name: 'ALB-SG',
        ingress: [...WEB_INGRESS],
      },
      ...(o.albs === 2
        ? [{ id: 'internal-alb-sg', name: 'Internal-ALB-SG', ingress: [{ protocol: 'tcp' as const, fromPort: 80, toPort: 80, peer: { kind: 'sg' as const, sgId: 'ecs-sg' }, description: 'Gateway to internal services' }] }]
        : []),
      { id: 'ecs-sg', name: 'ECS-SG', ingress: [...fromLb('alb-sg'), ...(o.albs === 2 ? fromLb('internal-alb-sg') : [])] },
      {
        id: 'rds-sg',
        name: 'RDS-SG',
        ingress: [
          { protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'ecs-sg' } },
          { protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'bastion-sg' } },
        ],
      },
      { id: 'cache-sg', name: 'Cache-SG', ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, peer: { kind: 'sg', sgId: 'ecs-sg' } }] },
      { id: 'bastion-sg', name: 'Bastion-SG', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: OFFICE_CIDR, label: 'Office' } }] },
    ],
    loadBalancers: [
      publicAlb(),
      ...(o.albs === 2
        ? [{ id: 'internal-alb', name: 'Internal ALB', scheme: 'internal' as const, listeners: [{ port: 80, protocol: 'HTTP' as const, redirectToHttps: false }], securityGroups: ['internal-alb-sg'], dropInvalidHeaders: true, routing: 'least-outstanding-requests' as const }]
        : []),
    ],
    services,
    database: {
      engine: 'postgresql',
      instanceClass: 'db.t3.small',
      storageType: 'gp3',
      storageGb: 20,
      multiAz: true,
      readReplicas: 0,
      backupRetentionDays: 7,
      insights: 'off',
      purchase: o.rdsPurchase,
      encrypted: true,
      publiclyAccessible: false,
      port: 5432,
      securityGroups: ['rds-sg'],
      appUserLeastPrivilege: true,
    },
    cache: { engine: 'redis', nodeType: 'cache.t2.micro', nodes: 1, purchase: o.cachePurchase, encrypted: true, securityGroups: ['cache-sg'] },
    adminAccess: {
      bastion: { instanceType: o.bastion.instanceType, purchase: o.bastion.purchase, securityGroups: ['bastion-sg'] },
      ssm: false,
      instanceConnectEndpoint: false,
    },
    edge: { cloudfront: false, waf: { enabled: false, rules: 0 } },
    // Seed 001 budgets 7.65 USD for CloudWatch without a breakdown; 10 GB of logs at Seoul's
    // 0.76 USD/GB is the closest usage that explains it.
    monitoring: { containerInsights: false, logsIngestedGbPerMonth: 10, logRetentionDays: 30, alarms: 0, dashboards: 0 },
    disasterRecovery: { mode: 'none', crossRegionBackups: false },
    billing: { includePublicIpv4: false },
    ...(o.bastion.purchase === 'on-demand' ? {} : { pricing: BASTION_RESERVATION_CEILINGS }),
  }
  return {
    id: o.id,
    title: o.title,
    description: o.description,
    seed: 'shared/seeds/001 (재무팀장 요구사항, 최종 제안)',
    seedFigures: [{ label: 'Total stated by the seed', value: o.seedTotal }],
    notes: [
      ...o.notes,
      'Seed 001 does not name its services, engine or ports: service names, PostgreSQL and ports 8080+ are assumptions.',
      'NAT data processed is the seed\'s stated 1 GB a month ("월별 아웃바운드 처리량 1GB").',
      o.rdsPurchase === 'on-demand'
        ? 'RDS Multi-AZ instance hours are derived as 2 × the Single-AZ price (AWS: "approximately twice"); the catalog has no published Seoul Multi-AZ figure for db.t3.small.'
        : 'The 1-year reserved RDS (59.3 USD a month, all upfront) and ElastiCache (8.76 USD a month) lines are the seed\'s own figures ("stated by the seed", data/prices/seed-stated.json): no source in the catalog prices these Seoul reservations. The seed names no engine (PostgreSQL and Redis are assumptions) and no payment option for ElastiCache (all upfront, as the plans pay "1년치 선결제").',
      'CloudWatch is priced as 10 GB of log ingestion a month, the usage that best explains the seed\'s 7.65 USD.',
      ...(o.bastion.purchase === 'on-demand'
        ? []
        : ['The bastion\'s 1-year t2 reservation has no price in any source, and the seed gives none: a 1-year reservation of a t2.micro or t2.nano is priced at its on-demand rate as a ceiling (pricing.overrides, "your assumption"), since a reservation never costs more than on-demand. The total is then complete, and the bastion line is an upper bound.']),
    ],
    // Seed 001 detects failures and alerts with Grafana ("grafana로 감지 후 알림").
    notModelled: [{ component: 'grafana', seed: '001', why: 'no-component' }],
    scenario: { requirements: { ...swiftlogixRequirements, traffic: { ...swiftlogixRequirements.traffic, natOutboundGbPerMonth: 1 } }, config },
  }
}

export const swiftlogixSeoulPlan1 = seoulPlan({
  id: 'swiftlogix-seoul-plan1',
  title: 'SwiftLogix Seoul — plan 1 (high availability)',
  description: 'Seed 001 plan 1: 2 ALBs, 7 services × 2 tasks, RDS t3.small Multi-AZ, 2 NATs, Redis, all on-demand (ap-northeast-2).',
  seedTotal: '468,767 KRW',
  services: 7,
  tasksPerService: 2,
  albs: 2,
  nat: 'per-az',
  bastion: { instanceType: 't2.micro', purchase: 'on-demand' },
  rdsPurchase: 'on-demand',
  cachePurchase: 'on-demand',
  notes: ['The seventh service is the config server that plans 2 and 3 remove.'],
})

export const swiftlogixSeoulPlan2 = seoulPlan({
  id: 'swiftlogix-seoul-plan2',
  title: 'SwiftLogix Seoul — plan 2 (partly reserved)',
  description: 'Seed 001 plan 2: 2 ALBs, 6 services × 2 tasks, one NAT, 1-year reserved RDS, Redis and bastion (ap-northeast-2).',
  seedTotal: '369,0966 KRW (as written in the seed; the digits are garbled)',
  services: 6,
  tasksPerService: 2,
  albs: 2,
  nat: 'single',
  bastion: { instanceType: 't2.micro', purchase: 'reserved-1yr-all-upfront' },
  rdsPurchase: 'reserved-1yr-all-upfront',
  cachePurchase: 'reserved-1yr-all-upfront',
  notes: [],
})

export const swiftlogixSeoulPlan3 = seoulPlan({
  id: 'swiftlogix-seoul-plan3',
  title: 'SwiftLogix Seoul — plan 3 (lowest cost)',
  description: 'Seed 001 plan 3: 1 ALB, 6 services × 1 task, one NAT, reserved RDS/Redis/t2.nano bastion (ap-northeast-2).',
  seedTotal: '263,718 KRW',
  services: 6,
  tasksPerService: 1,
  albs: 1,
  nat: 'single',
  bastion: { instanceType: 't2.nano', purchase: 'reserved-1yr-all-upfront' },
  rdsPurchase: 'reserved-1yr-all-upfront',
  cachePurchase: 'reserved-1yr-all-upfront',
  notes: [],
})

export const swiftlogixSeoulFinal = seoulPlan({
  id: 'swiftlogix-seoul-final',
  title: 'SwiftLogix Seoul — final plan',
  description: 'Seed 001 final: 1 ALB, 6 services × 2 tasks, RDS t3.small Multi-AZ, one NAT, Redis, t2.nano bastion, all on-demand (ap-northeast-2).',
  seedTotal: '425,750 KRW = 327.40 USD (ALB 18.67, bastion 5.26, tasks 124.35, RDS 109.36, NAT 43.13, CloudWatch 7.65, ElastiCache 18.98)',
  services: 6,
  tasksPerService: 2,
  albs: 1,
  nat: 'single',
  bastion: { instanceType: 't2.nano', purchase: 'on-demand' },
  rdsPurchase: 'on-demand',
  cachePurchase: 'on-demand',
  notes: [
    'The seed\'s RDS line (109.36 USD) is higher than 2 × 0.056 USD × 730 h + 20 GB Multi-AZ gp3 (87.00 USD); the seed does not show how it got there, so ArchDeck keeps the catalog price.',
    'The seed\'s ALB line (18.67 USD) counts one LCU all month; ArchDeck derives LCUs from the traffic profile.',
  ],
})
