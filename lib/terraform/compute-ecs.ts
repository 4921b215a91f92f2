import type { Service } from '../model'
import { nameTag, securityGroupIds, subnetIds, type ExportContext } from './context'
import { DB_INSTANCE, DB_NAME_VARIABLE, DB_SECRET_ARN } from './database'
import { listDatabaseClients } from '../model'
import { addServiceRole, type ServiceRole } from './iam'
import { listenerRef, targetGroupRef } from './load-balancers'
import { toLogRetentionDays } from './log-retention'
import { tfRef, toTerraformName, type TfRef } from './names'
import { noteScalingGaps, targetTracking } from './scaling'

type FargateService = Service & { compute: Extract<Service['compute'], { kind: 'fargate' }> }

const EXECUTION_ROLE_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'

export const ECS_CLUSTER = tfRef('aws_ecs_cluster', 'main')

export function ecsServiceRef(serviceId: string): TfRef {
  return tfRef('aws_ecs_service', toTerraformName(serviceId))
}

export function isFargate(service: Service): service is FargateService {
  return service.compute.kind === 'fargate'
}

/**
 * Fargate services: one cluster, one execution role, and per service a task role, a log group, a
 * task definition, the ECS service in the private-app subnets and (unless scaling is off) target
 * tracking. Services the database admits get its address, port and name as environment and its
 * credentials from the RDS-managed secret, which only the execution role may read.
 */
export function addEcsServices(ctx: ExportContext): void {
  const services = ctx.config.services.filter(isFargate)
  if (services.length === 0) return
  const cluster = ctx.doc.define(ECS_CLUSTER, {
    name: ctx.names.claim('ecs-cluster', 'cluster', 255),
    setting: [{ name: 'containerInsights', value: ctx.config.monitoring.containerInsights ? 'enabled' : 'disabled' }],
    tags: nameTag(ctx.config.name, ctx.project),
  })
  const executionRole = addServiceRole(ctx, 'ecs_task_execution', {
    service: 'ecs-tasks.amazonaws.com',
    description: 'Lets ECS pull task images and write task logs',
    managedPolicyArns: [EXECUTION_ROLE_POLICY],
  })
  const clients = new Set(listDatabaseClients(ctx.config).map((s) => s.id))
  if (services.some((s) => clients.has(s.id))) allowSecretRead(ctx, executionRole)
  for (const service of services) addEcsService(ctx, service, cluster, executionRole, clients.has(service.id))
  noteScalingGaps(ctx, 'ecs', services)
}

/** ECS reads a container's `secrets` with the execution role when it starts the task (ECS Developer Guide, "Pass Secrets Manager secrets"). */
function allowSecretRead(ctx: ExportContext, executionRole: ServiceRole): void {
  ctx.doc.resource('aws_iam_role_policy', 'ecs_task_execution_db_secret', {
    name: 'read-database-secret',
    role: executionRole.role.ref('id'),
    policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: DB_SECRET_ARN }] }),
  })
}

/** Where the application finds the database: address, port and name in plain settings, user and password from the secret. */
function databaseSettings(ctx: ExportContext): { environment: { name: string; value: string }[]; secrets: { name: string; valueFrom: string }[] } {
  return {
    environment: [
      { name: 'DB_HOST', value: DB_INSTANCE.ref('address') },
      { name: 'DB_PORT', value: String(ctx.config.database.port) },
      { name: 'DB_NAME', value: `\${var.${DB_NAME_VARIABLE}}` },
    ],
    // "<secret arn>:<json key>::" selects one key of the JSON secret.
    secrets: [
      { name: 'DB_USERNAME', valueFrom: `${DB_SECRET_ARN}:username::` },
      { name: 'DB_PASSWORD', valueFrom: `${DB_SECRET_ARN}:password::` },
    ],
  }
}

function addEcsService(ctx: ExportContext, service: FargateService, cluster: TfRef, executionRole: ServiceRole, usesDatabase: boolean): void {
  const { config, doc } = ctx
  const name = toTerraformName(service.id)
  const logGroup = doc.resource('aws_cloudwatch_log_group', `ecs_${name}`, {
    name: `/ecs/${ctx.project}/${service.id}`,
    retention_in_days: toLogRetentionDays(config.monitoring.logRetentionDays),
    tags: nameTag(service.name, service.id),
  })
  const image = doc.variable(`${name}_image`, {
    type: 'string',
    description: `Container image of the service "${service.id}" (e.g. <account>.dkr.ecr.${config.region}.amazonaws.com/${service.id}:<tag>)`,
  })
  const { vcpu, memoryGb, architecture, ephemeralStorageGb } = service.compute
  const taskRole = addServiceRole(ctx, `ecs_task_${name}`, { service: 'ecs-tasks.amazonaws.com', description: `What the "${service.id}" containers may call in AWS (nothing until policies are attached)` })
  const taskDefinition = doc.resource('aws_ecs_task_definition', name, {
    family: ctx.names.claim('ecs-family', service.id, 255),
    requires_compatibilities: ['FARGATE'],
    network_mode: 'awsvpc',
    // Fargate sizes: CPU units (1 vCPU = 1024) and MiB.
    cpu: String(Math.round(vcpu * 1024)),
    memory: String(Math.round(memoryGb * 1024)),
    execution_role_arn: executionRole.role.ref('arn'),
    task_role_arn: taskRole.role.ref('arn'),
    runtime_platform: [{ operating_system_family: 'LINUX', cpu_architecture: architecture === 'arm' ? 'ARM64' : 'X86_64' }],
    // Fargate includes 20 GiB; the block only appears when more is asked for.
    ephemeral_storage: ephemeralStorageGb > 20 ? [{ size_in_gib: ephemeralStorageGb }] : undefined,
    container_definitions: JSON.stringify([
      {
        name: service.id,
        image,
        essential: true,
        portMappings: [{ containerPort: service.port, hostPort: service.port, protocol: 'tcp' }],
        ...(usesDatabase ? databaseSettings(ctx) : {}),
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': logGroup.ref('name'), 'awslogs-region': config.region, 'awslogs-stream-prefix': service.id },
        },
      },
    ]),
    tags: nameTag(service.name, service.id),
  })
  const lb = service.loadBalancer ? config.loadBalancers.find((l) => l.id === service.loadBalancer) : undefined
  const scaled = service.scaling.policy !== 'none'
  const ecsService = doc.define(ecsServiceRef(service.id), {
    name: service.id,
    cluster: cluster.ref('id'),
    task_definition: taskDefinition.ref('arn'),
    desired_count: service.count.desired,
    launch_type: 'FARGATE',
    network_configuration: [{ subnets: subnetIds(ctx, 'private-app'), security_groups: securityGroupIds(service.securityGroups), assign_public_ip: false }],
    load_balancer: lb
      ? [{ target_group_arn: targetGroupRef(service.id).ref('arn'), container_name: service.id, container_port: service.port }]
      : undefined,
    // ECS rejects a grace period on a service without a load balancer.
    health_check_grace_period_seconds: lb ? service.healthCheck.gracePeriodSeconds : undefined,
    deployment_circuit_breaker: [{ enable: service.deployment.autoRollback, rollback: service.deployment.autoRollback }],
    propagate_tags: 'SERVICE',
    tags: nameTag(service.name, service.id),
    // The target group must be attached to a listener before a service can register in it.
    depends_on: [...executionRole.attachments.map((a) => a.address), ...(lb ? lb.listeners.map((l) => listenerRef(lb, l).address) : [])],
    // Target tracking owns the task count once the service exists.
    lifecycle: scaled ? { ignore_changes: ['desired_count'] } : undefined,
  })
  if (!scaled) return
  const target = doc.define(tfRef('aws_appautoscaling_target', `ecs_${name}`), {
    service_namespace: 'ecs',
    resource_id: `service/${cluster.ref('name')}/${ecsService.ref('name')}`,
    scalable_dimension: 'ecs:service:DesiredCount',
    min_capacity: service.count.min,
    max_capacity: service.count.max,
  })
  doc.resource('aws_appautoscaling_policy', `ecs_${name}`, {
    name: `${service.id}-target-tracking`,
    policy_type: 'TargetTrackingScaling',
    service_namespace: target.ref('service_namespace'),
    resource_id: target.ref('resource_id'),
    scalable_dimension: target.ref('scalable_dimension'),
    target_tracking_scaling_policy_configuration: [
      targetTracking('ecs', service),
    ],
  })
}
