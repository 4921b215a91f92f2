// Test and benchmark support: scenarios at the schema's extremes (every count, list and figure at
// the limit where it costs the engines most), for the bounded-work test and bench/extremes.ts.
import { PRESETS } from '..'
import { EVALUATION_WORK_LIMITS, estimateEvaluationWork } from '../../../lib/model/evaluation-work'
import { parseScenario } from '../../../lib/model/parse-scenario'
import { LIMITS } from '../../../lib/model/primitives'
import type { Scenario } from '../../../lib/model/scenario'

type Config = Scenario['config']
type Service = Config['services'][number]
type Rule = Config['securityGroups'][number]['ingress'][number]

/** The knobs of an extreme design; every default is the costliest value the schema accepts. */
export type ExtremeOptions = {
  services?: number
  /** Internal load balancers besides the public one, each with one listener. */
  loadBalancers?: number
  /** Single-port rules from the whole VPC on the group every service shares: each one is a port every node reaches. */
  openPorts?: number
  /** Full-range rules whose peer nobody carries: every reach check walks them all and none admits. */
  idleRules?: number
  /** Serves Erlang loads just under the server count (slowest queue maths) when true, tiny loads when false. */
  saturated?: boolean
  /** 1 or 64: each task's parallel workers (servers per task in the M/M/c model). */
  workersPerTask?: number
}

const VPC = { kind: 'cidr', cidr: '10.0.0.0/16', label: 'VPC' } as const
const rule = (fromPort: number, toPort: number, peer: Rule['peer']): Rule => ({ protocol: 'tcp', fromPort, toPort, peer })

/**
 * One extreme scenario, validated: it throws if the schema refuses it, so a benchmark never
 * measures something a user cannot send. Defaults: 200 services × 500 tasks × 64 workers, scheduled
 * peak at 500, peak traffic 1,000,000 req/s, 24 traffic bands, 101 load balancers, and security
 * groups that bring the reachability work close to EVALUATION_WORK_LIMITS.
 */
export function buildExtremeScenario(options: ExtremeOptions = {}): Scenario {
  const { services = LIMITS.servicesPerDesign, loadBalancers = 100, openPorts = 3, idleRules = 4, saturated = true, workersPerTask = 64 } = options
  const s = structuredClone(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario)
  const c = s.config
  const r = s.requirements
  c.name = `Extremes (${services} services, ${loadBalancers + 1} load balancers)`
  c.network.azCount = 3
  c.network.nat.mode = 'per-az'
  c.network.vpcEndpoints = ['s3', 'dynamodb', 'ecr-api', 'ecr-dkr', 'logs', 'ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'sts']
  const servers = LIMITS.tasksPerService * workersPerTask
  const shared = {
    id: 'svc-sg',
    name: 'SVC-SG',
    ingress: [
      rule(8080, 8080, { kind: 'sg', sgId: 'alb-sg' }),
      ...Array.from({ length: openPorts - 1 }, (_, i) => rule(9000 + i, 9000 + i, VPC)),
      ...Array.from({ length: idleRules }, () => rule(0, 65535, { kind: 'sg', sgId: 'nobody-sg' })),
    ],
  }
  c.securityGroups = [
    ...c.securityGroups.filter((g) => g.id !== 'ecs-sg'),
    shared,
    { id: 'nobody-sg', name: 'NOBODY-SG', ingress: [] },
    { id: 'internal-alb-sg', name: 'INTERNAL-ALB-SG', ingress: [rule(8080, 8080, VPC)] },
  ]
  c.securityGroups.find((g) => g.id === 'rds-sg')!.ingress[0] = rule(5432, 5432, { kind: 'sg', sgId: 'svc-sg' })
  const template = c.services[0]!
  c.services = Array.from({ length: services }, (_, i): Service => {
    // Different loads per service, so no two share a remembered percentile.
    const offeredLoad = saturated ? (i % 2 === 0 ? servers * (0.97 - i * 1e-4) : 9_500 + i) : 1 + i * 1e-3
    const trafficShare = 1
    return {
      ...structuredClone(template),
      id: `svc-${i + 1}`,
      name: `Service ${i + 1}`,
      port: 20_000 + i,
      count: { min: LIMITS.tasksPerService, desired: LIMITS.tasksPerService, max: LIMITS.tasksPerService },
      scaling: { policy: 'none', metric: 'cpu', target: 100, scheduledPeakCount: LIMITS.tasksPerService },
      securityGroups: ['svc-sg'],
      trafficShare,
      performance: { serviceTimeMs: (offeredLoad / 1_000_000) * 1000, workersPerTask },
    }
  })
  c.loadBalancers.push(
    ...Array.from({ length: loadBalancers }, (_, i) => ({
      id: `int-${i + 1}`,
      name: `Internal ALB ${i + 1}`,
      scheme: 'internal' as const,
      listeners: [{ port: 8080, protocol: 'HTTP' as const, redirectToHttps: false }],
      securityGroups: ['internal-alb-sg'],
      dropInvalidHeaders: true,
    })),
  )
  c.database = { ...c.database, multiAz: true, readReplicas: 15, backupRetentionDays: 35, storageGb: 65_535, maxStorageGb: 65_536 }
  c.cache = { engine: 'redis', nodeType: 'cache.t3.micro', nodes: 6, purchase: 'on-demand', encrypted: true, securityGroups: ['rds-sg'] }
  c.edge = { cloudfront: true, waf: { enabled: true, rules: 100 }, route53: { hostedZones: 100, queriesMillionsPerMonth: 1_000_000 } }
  c.monitoring = { containerInsights: true, logsIngestedGbPerMonth: 1_000_000, logRetentionDays: 3653, alarms: 10_000, dashboards: 1000 }
  c.disasterRecovery = { mode: 'warm-standby', crossRegionBackups: true }
  r.traffic.bands = Array.from({ length: LIMITS.trafficBands }, (_, i) => ({ name: `Hour ${i}`, rps: 1_000_000 - i * 1000, hoursPerDay: 1 }))
  r.traffic.peak = { name: 'Peak', rps: 1_000_000, durationHours: 744 }
  r.traffic.responseSizeKb = 100_000
  r.budget = { monthly: 1e12, currency: 'KRW', krwPerUsd: 100_000 }
  r.sla = { endpoint: 'GET /', p95Ms: 600_000, networkOverheadMs: 0 }
  r.recovery = { rtoMinutes: LIMITS.objectiveMinutes, rpoMinutes: LIMITS.objectiveMinutes }
  const parsed = parseScenario(s)
  if (!parsed.ok) throw new Error(`extreme scenario is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  return parsed.value
}

/** The named extremes the benchmark and the bounded-work test run. */
export function listExtremeScenarios(): { name: string; scenario: Scenario }[] {
  return [
    { name: 'every limit at once', scenario: buildExtremeScenario() },
    { name: 'queues at the limits, one port each', scenario: buildExtremeScenario({ loadBalancers: 0, openPorts: 1, idleRules: 0 }) },
    { name: 'reachability at the limits, idle queues', scenario: buildExtremeScenario({ saturated: false, workersPerTask: 1 }) },
  ]
}

/** How close a scenario comes to each work cap, 0–1 (the benchmark prints it beside the timing). */
export function workShare(scenario: Scenario): Record<keyof typeof EVALUATION_WORK_LIMITS, number> {
  const work = estimateEvaluationWork(scenario.config)
  return {
    reachChecks: work.reachChecks / EVALUATION_WORK_LIMITS.reachChecks,
    ruleTests: work.ruleTests / EVALUATION_WORK_LIMITS.ruleTests,
    ruleLines: work.ruleLines / EVALUATION_WORK_LIMITS.ruleLines,
  }
}
