import { z } from 'zod'
import {
  awsTypeName,
  CidrSchema,
  LabelSchema,
  LIMITS,
  PortSchema,
  PurchaseOptionSchema,
  RegionSchema,
  SecurityGroupRefsSchema,
  SlugSchema,
} from './primitives'
import { checkEvaluationWork } from './evaluation-work'
import { modelIssue } from './issue-params'
import { PricingOptionsSchema } from './pricing-options'

/**
 * The scenario's model version, written in `config.schemaVersion` and beside every stored row.
 * Bump it only with an up-step in `migrations/` (checklist: docs/decisions/012-versioned-scenarios.md).
 */
export const CONFIG_SCHEMA_VERSION = 2

export const TierSchema = z.enum(['public', 'private-app', 'private-db'])
export type Tier = z.infer<typeof TierSchema>

/** Where a tier's route table sends 0.0.0.0/0. `none` = local routes only. */
export const DefaultRouteSchema = z.enum(['igw', 'nat', 'none'])
export type DefaultRoute = z.infer<typeof DefaultRouteSchema>

export const TierRoutingSchema = z.strictObject({
  defaultRoute: DefaultRouteSchema,
  /** Instances launched here get a public IPv4 address (CKV_AWS_130 when true). */
  mapPublicIpOnLaunch: z.boolean().default(false),
})

export const NatModeSchema = z.enum(['none', 'single', 'per-az', 'instance'])
export type NatMode = z.infer<typeof NatModeSchema>

export const VpcEndpointSchema = z.enum([
  's3',
  'dynamodb',
  'ecr-api',
  'ecr-dkr',
  'logs',
  'ssm',
  'ssmmessages',
  'ec2messages',
  'secretsmanager',
  'sts',
])
export type VpcEndpoint = z.infer<typeof VpcEndpointSchema>

export const NetworkSchema = z.strictObject({
  /** /16 to /24, so nine subnets (three tiers × three AZs) always fit. */
  vpcCidr: CidrSchema.refine((c) => {
    const prefix = Number(c.split('/')[1])
    return prefix >= 16 && prefix <= 24
  }, modelIssue({ code: 'model.vpc-prefix-range', params: {} })),
  /** Availability zones used; subnets are planned per AZ and tier (see lib/network). ALBs and
   * RDS subnet groups both need subnets in at least two AZs, so two is the floor. */
  azCount: z
    .number()
    .int()
    .refine((n) => n >= 2, modelIssue({ code: 'model.az-count-min', params: { minimum: 2 } }))
    .max(3),
  routing: z.strictObject({
    public: TierRoutingSchema,
    'private-app': TierRoutingSchema,
    'private-db': TierRoutingSchema,
  }),
  internetGateway: z.boolean(),
  nat: z.strictObject({
    mode: NatModeSchema,
    /** Instance type when mode is `instance`. Exported verbatim as `instance_type`, so free text
     * such as `${file("/etc/passwd")}` must not get through. */
    instanceType: awsTypeName('t3.nano').default('t3.nano'),
  }),
  vpcEndpoints: z
    .array(VpcEndpointSchema)
    .max(VpcEndpointSchema.options.length)
    .refine((es) => new Set(es).size === es.length, modelIssue({ code: 'model.duplicate-endpoints', params: {} }))
    .default([]),
  flowLogs: z.boolean(),
})
export type Network = z.infer<typeof NetworkSchema>

/**
 * A source of traffic in a security-group rule: a CIDR (optionally named), another group, or an
 * AWS-managed prefix list. The one prefix list modelled is CloudFront's origin-facing servers
 * (com.amazonaws.global.cloudfront.origin-facing), which lets only CloudFront reach an origin
 * (CloudFront Developer Guide, "Restrict access to Application Load Balancers").
 */
export const RuleSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cidr'), cidr: CidrSchema, label: LabelSchema.optional() }),
  z.strictObject({ kind: z.literal('sg'), sgId: SlugSchema }),
  z.strictObject({ kind: z.literal('prefix-list'), name: z.literal('cloudfront-origin-facing') }),
])
export type RuleSource = z.infer<typeof RuleSourceSchema>

export const SgRuleSchema = z
  .strictObject({
    protocol: z.enum(['tcp', 'udp', 'all']),
    fromPort: PortSchema,
    toPort: PortSchema,
    peer: RuleSourceSchema,
    description: LabelSchema.optional(),
  })
  .refine((r) => r.fromPort <= r.toPort, { ...modelIssue({ code: 'model.ports-reversed', params: {} }), path: ['toPort'] })
export type SgRule = z.infer<typeof SgRuleSchema>

export const SecurityGroupSchema = z.strictObject({
  id: SlugSchema,
  name: LabelSchema,
  ingress: z.array(SgRuleSchema).max(LIMITS.rulesPerSecurityGroup),
  /** Omitted egress means "all outbound", as AWS creates by default. */
  egress: z.array(SgRuleSchema).max(LIMITS.rulesPerSecurityGroup).optional(),
})
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>

export const ListenerSchema = z.strictObject({
  port: PortSchema,
  protocol: z.enum(['HTTP', 'HTTPS']),
  /** An HTTP listener that only redirects to HTTPS. */
  redirectToHttps: z.boolean().default(false),
})

export const LoadBalancerSchema = z.strictObject({
  id: SlugSchema,
  name: LabelSchema,
  scheme: z.enum(['external', 'internal']),
  listeners: z
    .array(ListenerSchema)
    .min(1)
    .max(LIMITS.listenersPerLoadBalancer)
    .refine((ls) => new Set(ls.map((l) => l.port)).size === ls.length, modelIssue({ code: 'model.listener-ports-repeat', params: {} })),
  securityGroups: SecurityGroupRefsSchema,
  dropInvalidHeaders: z.boolean().default(true),
  /** How the target groups pick a target: absent = round robin, AWS's default for ALB target groups
   * (Elastic Load Balancing, "Routing algorithms"); least outstanding requests sends each request
   * to the target with the fewest in flight. */
  routing: z.enum(['round-robin', 'least-outstanding-requests']).optional(),
})
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>

export const FargateComputeSchema = z.strictObject({
  kind: z.literal('fargate'),
  architecture: z.enum(['x86', 'arm']).default('x86'),
  vcpu: z.union([
    z.literal(0.25),
    z.literal(0.5),
    z.literal(1),
    z.literal(2),
    z.literal(4),
    z.literal(8),
    z.literal(16),
  ]),
  memoryGb: z.number().min(0.5).max(120),
  /** Fargate includes 20 GB; more is billed per GB-hour. */
  ephemeralStorageGb: z.number().int().min(20).max(200).default(20),
})

export const Ec2ComputeSchema = z.strictObject({
  kind: z.literal('ec2'),
  instanceType: awsTypeName('t3.small'),
  /** The first N instances of the group are on-demand; the rest are Spot. */
  onDemandBase: z.number().int().min(0).max(LIMITS.tasksPerService),
  purchase: PurchaseOptionSchema.default('on-demand'),
})

export const ComputeSchema = z.discriminatedUnion('kind', [FargateComputeSchema, Ec2ComputeSchema])
export type Compute = z.infer<typeof ComputeSchema>

export const ScalingSchema = z
  .strictObject({
    policy: z.enum(['none', 'target-tracking']),
    metric: z.enum(['cpu', 'memory', 'requests-per-target', 'queue-length']).default('cpu'),
    /** Target value: percent for cpu/memory, requests per target for the others. */
    target: z.number().positive().max(LIMITS.scalingTarget).default(70),
    /** Capacity set ahead of a known peak (scheduled scaling). With policy `none` it is the
     * peak's task count, so it is bounded like every count; above count.max is allowed (a
     * scheduled action may raise the maximum), and target tracking still stops at count.max. */
    scheduledPeakCount: z.number().int().min(1).max(LIMITS.tasksPerService).optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.metric === 'cpu' || s.metric === 'memory') && s.target > 100)
      ctx.addIssue({ code: 'custom', path: ['target'], ...modelIssue({ code: 'model.percent-target-over', params: { metric: s.metric, maximum: 100 } }, { limit: true }) })
  })
export type Scaling = z.infer<typeof ScalingSchema>

export const ServiceSchema = z
  .strictObject({
    id: SlugSchema,
    name: LabelSchema,
    port: PortSchema,
    compute: ComputeSchema,
    count: z.strictObject({
      min: z.number().int().min(0).max(LIMITS.tasksPerService),
      desired: z.number().int().min(0).max(LIMITS.tasksPerService),
      max: z.number().int().min(1).max(LIMITS.tasksPerService),
    }),
    scaling: ScalingSchema,
    /** Load balancer that fronts this service, by id; absent = not load-balanced. */
    loadBalancer: SlugSchema.optional(),
    securityGroups: SecurityGroupRefsSchema,
    /** Share of the traffic profile's requests this service handles (1 = every request). */
    trafficShare: z.number().min(0).max(1).default(1),
    performance: z.strictObject({
      /** Mean service time of one request on one task (exponential assumption). At least a
       * microsecond: 5e-324 ms is "positive" but is 0 once converted to seconds. */
      serviceTimeMs: z
        .number()
        .refine((ms) => ms >= 0.001, modelIssue({ code: 'model.service-time-min', params: { minimumMs: 0.001 } }))
        .max(60_000),
      /** Requests one task serves in parallel at that service time (M/M/c servers per task). */
      workersPerTask: z.number().int().min(1).max(64).default(1),
      measuredMedianMs: z.number().positive().max(LIMITS.measuredMs).optional(),
      measuredP95Ms: z.number().positive().max(LIMITS.measuredMs).optional(),
      /** Per-task request rate at which measuredP95Ms was measured: with it, the capacity engine
       * calibrates the service time to that measurement instead of taking serviceTimeMs. */
      measuredAtRpsPerTask: z.number().positive().max(LIMITS.scalingTarget).optional(),
      /** vCPU of the task or instance the service time was measured on; absent = the one it runs on.
       * At most 1,024: beyond any EC2 instance type, still finite. */
      measuredOnVcpu: z.number().positive().max(1024).optional(),
      /** Share of the service time spent on CPU, which scales with vCPU (the rest waits on I/O);
       * absent = the capacity engine's stated assumption. */
      cpuBoundShare: z.number().min(0).max(1).optional(),
    }),
    healthCheck: z.strictObject({
      intervalSeconds: z.number().int().min(5).max(300),
      unhealthyThreshold: z.number().int().min(2).max(10),
      /** The target group's health-check request path; absent = AWS's default, '/'. */
      path: z
        .string()
        .max(1024)
        .refine((p) => /^\/[\x21-\x7e]*$/.test(p), modelIssue({ code: 'model.invalid-input', params: {} }))
        .optional(),
      /** Successes in a row before a target counts as healthy; absent = AWS's default, 5 (lib/terraform/health-check.ts). */
      healthyThreshold: z.number().int().min(2).max(10).optional(),
      gracePeriodSeconds: z.number().int().min(0).max(7200).default(60),
    }),
    deployment: z.strictObject({
      /** ECS deployment circuit breaker with rollback, or ASG instance refresh auto-rollback. */
      autoRollback: z.boolean(),
    }),
  })
  .superRefine((s, ctx) => {
    if (s.count.min > s.count.desired)
      ctx.addIssue({ code: 'custom', path: ['count', 'desired'], ...modelIssue({ code: 'model.count.desired-below-min', params: {} }) })
    if (s.count.desired > s.count.max)
      ctx.addIssue({ code: 'custom', path: ['count', 'max'], ...modelIssue({ code: 'model.count.max-below-desired', params: {} }) })
  })
export type Service = z.infer<typeof ServiceSchema>

export const DatabaseSchema = z
  .strictObject({
  engine: z.enum(['postgresql', 'mysql']),
  instanceClass: z
    .string()
    .max(LIMITS.awsNameLength)
    .refine((c) => /^db\.[a-z0-9]+\.[a-z0-9]+$/.test(c), modelIssue({ code: 'model.type-name-shape', params: { example: 'db.t3.micro' } })),
  storageType: z.enum(['gp2', 'gp3']),
  storageGb: z.number().int().min(20).max(65536),
  /** Storage autoscaling ceiling; absent = autoscaling off. */
  maxStorageGb: z.number().int().min(20).max(65536).optional(),
  multiAz: z.boolean(),
  readReplicas: z.number().int().min(0).max(15),
  backupRetentionDays: z.number().int().min(0).max(35),
  insights: z.enum(['off', 'standard', 'advanced']),
  purchase: PurchaseOptionSchema.default('on-demand'),
  encrypted: z.boolean(),
  publiclyAccessible: z.boolean(),
  port: PortSchema,
  securityGroups: SecurityGroupRefsSchema,
  /** The application's DB user can only read/write rows (no DROP/ALTER): defense layer 6. */
  appUserLeastPrivilege: z.boolean().default(false),
  })
  .superRefine((db, ctx) => {
    if (db.maxStorageGb !== undefined && db.maxStorageGb <= db.storageGb)
      ctx.addIssue({ code: 'custom', path: ['maxStorageGb'], ...modelIssue({ code: 'model.storage-ceiling-not-above', params: {} }) })
    if (db.readReplicas > 0 && db.backupRetentionDays === 0)
      ctx.addIssue({ code: 'custom', path: ['backupRetentionDays'], ...modelIssue({ code: 'model.replicas-need-backups', params: {} }) })
  })
export type Database = z.infer<typeof DatabaseSchema>

export const CacheSchema = z.strictObject({
  engine: z.enum(['redis', 'valkey']),
  nodeType: z
    .string()
    .max(LIMITS.awsNameLength)
    .refine((t) => /^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(t), modelIssue({ code: 'model.type-name-shape', params: { example: 'cache.t3.micro' } })),
  nodes: z.number().int().min(1).max(6),
  purchase: PurchaseOptionSchema.default('on-demand'),
  encrypted: z.boolean().default(true),
  securityGroups: SecurityGroupRefsSchema,
})
export type Cache = z.infer<typeof CacheSchema>

export const AdminAccessSchema = z.strictObject({
  bastion: z
    .strictObject({
      instanceType: awsTypeName('t2.nano'),
      purchase: PurchaseOptionSchema.default('on-demand'),
      securityGroups: SecurityGroupRefsSchema,
    })
    .optional(),
  ssm: z.boolean(),
  instanceConnectEndpoint: z.boolean().default(false),
})

export const EdgeSchema = z.strictObject({
  cloudfront: z.boolean(),
  waf: z.strictObject({ enabled: z.boolean(), rules: z.number().int().min(0).max(100) }),
  route53: z
    .strictObject({
      hostedZones: z.number().int().min(0).max(100),
      queriesMillionsPerMonth: z.number().min(0).max(1_000_000).default(0),
    })
    .optional(),
})

export const MonitoringSchema = z.strictObject({
  containerInsights: z.boolean(),
  logsIngestedGbPerMonth: z.number().min(0).max(1_000_000),
  logRetentionDays: z.number().int().min(1).max(3653),
  alarms: z.number().int().min(0).max(10_000),
  dashboards: z.number().int().min(0).max(1000),
})

export const DisasterRecoverySchema = z.strictObject({
  mode: z.enum(['none', 'backup-restore', 'pilot-light', 'warm-standby']),
  /** Automated snapshots copied to a second region. */
  crossRegionBackups: z.boolean(),
})

export const BillingSchema = z.strictObject({
  /** AWS bills every public IPv4 address since 2024-02-01; older estimates (and seed 000) leave it out. */
  includePublicIpv4: z.boolean(),
})

export const ArchitectureConfigSchema = z
  .strictObject({
    schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
    name: LabelSchema,
    region: RegionSchema,
    network: NetworkSchema,
    securityGroups: z.array(SecurityGroupSchema).max(LIMITS.securityGroupsPerDesign),
    loadBalancers: z.array(LoadBalancerSchema).max(LIMITS.loadBalancersPerDesign),
    services: z.array(ServiceSchema).min(1).max(LIMITS.servicesPerDesign),
    database: DatabaseSchema,
    cache: CacheSchema.optional(),
    adminAccess: AdminAccessSchema,
    edge: EdgeSchema,
    monitoring: MonitoringSchema,
    disasterRecovery: DisasterRecoverySchema,
    billing: BillingSchema,
    /** The design's own prices (negotiated, discounted, Spot); absent = the catalog's. */
    pricing: PricingOptionsSchema.optional(),
  })
  .superRefine(checkReferences)
  .superRefine((config, ctx) => checkEvaluationWork(config as unknown as ArchitectureConfig, ctx))
export type ArchitectureConfig = z.infer<typeof ArchitectureConfigSchema>

/** Every id a config refers to (security groups, load balancers) must exist and be unique. */
function checkReferences(config: z.infer<z.ZodObject<any>>, ctx: z.RefinementCtx): void {
  const c = config as unknown as ArchitectureConfig
  const sgIds = new Set<string>()
  c.securityGroups.forEach((sg, i) => {
    if (sgIds.has(sg.id)) ctx.addIssue({ code: 'custom', path: ['securityGroups', i, 'id'], ...modelIssue({ code: 'model.duplicate-security-group', params: { id: sg.id } }) })
    sgIds.add(sg.id)
  })
  const requireSg = (id: string, path: (string | number)[]) => {
    if (!sgIds.has(id)) ctx.addIssue({ code: 'custom', path, ...modelIssue({ code: 'model.unknown-security-group', params: { id } }) })
  }
  const rules = c.securityGroups.reduce((sum, sg) => sum + sg.ingress.length + (sg.egress?.length ?? 0), 0)
  if (rules > LIMITS.rulesPerDesign)
    ctx.addIssue({ code: 'custom', path: ['securityGroups'], ...modelIssue({ code: 'model.too-many-rules', params: { rules, maximum: LIMITS.rulesPerDesign } }, { limit: true }) })
  c.securityGroups.forEach((sg, i) =>
    (['ingress', 'egress'] as const).forEach((dir) =>
      (sg[dir] ?? []).forEach((rule, j) => {
        if (rule.peer.kind === 'sg') requireSg(rule.peer.sgId, ['securityGroups', i, dir, j, 'peer', 'sgId'])
      }),
    ),
  )
  const lbIds = new Set<string>()
  c.loadBalancers.forEach((lb, i) => {
    if (lbIds.has(lb.id)) ctx.addIssue({ code: 'custom', path: ['loadBalancers', i, 'id'], ...modelIssue({ code: 'model.duplicate-load-balancer', params: { id: lb.id } }) })
    lbIds.add(lb.id)
    lb.securityGroups.forEach((id, j) => requireSg(id, ['loadBalancers', i, 'securityGroups', j]))
  })
  const serviceIds = new Set<string>()
  c.services.forEach((s, i) => {
    if (serviceIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], ...modelIssue({ code: 'model.duplicate-service', params: { id: s.id } }) })
    serviceIds.add(s.id)
    s.securityGroups.forEach((id, j) => requireSg(id, ['services', i, 'securityGroups', j]))
    if (s.loadBalancer && !lbIds.has(s.loadBalancer))
      ctx.addIssue({ code: 'custom', path: ['services', i, 'loadBalancer'], ...modelIssue({ code: 'model.unknown-load-balancer', params: { id: s.loadBalancer } }) })
  })
  c.database.securityGroups.forEach((id, j) => requireSg(id, ['database', 'securityGroups', j]))
  c.cache?.securityGroups.forEach((id, j) => requireSg(id, ['cache', 'securityGroups', j]))
  c.adminAccess.bastion?.securityGroups.forEach((id, j) => requireSg(id, ['adminAccess', 'bastion', 'securityGroups', j]))
  if (c.network.nat.mode !== 'none' && !c.network.internetGateway)
    ctx.addIssue({ code: 'custom', path: ['network', 'nat', 'mode'], ...modelIssue({ code: 'model.nat-needs-internet-gateway', params: {} }) })
}
