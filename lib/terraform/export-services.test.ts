import { describe, expect, it } from 'vitest'
import { fargateService, parseExport, variantNamed, variantOf } from './test-configs.test-helper'

const baseline = variantOf((c) => {
  c.services = [fargateService('orders', 8080), fargateService('stock', 8081, { deployment: { autoRollback: false } })]
  c.services.forEach((s) => (s.loadBalancer = c.loadBalancers[0]!.id))
  c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
})
const lbId = baseline.loadBalancers[0]!.id.replace(/-/g, '_')
const mixed = variantNamed('EC2 services with Spot')

describe('load balancers', () => {
  const { resource } = parseExport(mixed)

  it('writes an ALB per config load balancer, in the tier its scheme asks for', () => {
    expect(resource.aws_lb.alb).toMatchObject({
      load_balancer_type: 'application',
      internal: false,
      drop_invalid_header_fields: true,
      subnets: ['${aws_subnet.public_a.id}', '${aws_subnet.public_b.id}'],
      security_groups: ['${aws_security_group.alb_sg.id}'],
    })
    expect(resource.aws_lb.internal_alb).toMatchObject({ internal: true, drop_invalid_header_fields: false, subnets: ['${aws_subnet.private_app_a.id}', '${aws_subnet.private_app_b.id}'] })
    expect(resource.aws_lb.alb.name.length).toBeLessThanOrEqual(32)
  })

  it('registers Fargate tasks by IP and EC2 instances by instance, with the service health check', () => {
    expect(resource.aws_lb_target_group.orders).toMatchObject({ target_type: 'ip', port: 8083, vpc_id: '${aws_vpc.main.id}' })
    expect(resource.aws_lb_target_group.web.target_type).toBe('instance')
    expect(resource.aws_lb_target_group.web.health_check[0]).toMatchObject({ interval: 5, timeout: 4, unhealthy_threshold: 3 })
    expect(resource.aws_lb_target_group.worker).toBeUndefined()
  })

  it('forwards HTTPS to the first service with the certificate from a variable, and redirects HTTP', () => {
    expect(resource.aws_lb_listener.alb_443).toMatchObject({
      protocol: 'HTTPS',
      certificate_arn: '${var.acm_certificate_arn}',
      default_action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.web.arn}' }],
    })
    expect(resource.aws_lb_listener.alb_80.default_action).toEqual([
      { type: 'redirect', redirect: [{ protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' }] },
    ])
  })

  it('routes /<serviceId>/* to every further service and answers 404 when there is none', () => {
    expect(resource.aws_lb_listener_rule.internal_alb_8080_orders).toMatchObject({
      listener_arn: '${aws_lb_listener.internal_alb_8080.arn}',
      priority: 1,
      action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.orders.arn}' }],
      condition: [{ path_pattern: [{ values: ['/orders/*'] }] }],
    })
    expect(resource.aws_lb_listener.spare_443.default_action[0]).toMatchObject({ type: 'fixed-response', fixed_response: [{ status_code: '404' }] })
  })
})

describe('ECS Fargate services', () => {
  const { resource, variable } = parseExport(baseline)

  it('creates one cluster with container insights as configured, and the execution role', () => {
    expect(resource.aws_ecs_cluster.main.setting).toEqual([
      { name: 'containerInsights', value: baseline.monitoring.containerInsights ? 'enabled' : 'disabled' },
    ])
    expect(resource.aws_iam_role_policy_attachment.ecs_task_execution.policy_arn).toBe(
      'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    )
  })

  it('sizes the task in CPU units and MiB and runs the image from a variable with awslogs', () => {
    const task = resource.aws_ecs_task_definition.orders
    expect(task).toMatchObject({ cpu: '512', memory: '1024', network_mode: 'awsvpc', requires_compatibilities: ['FARGATE'] })
    expect(task.runtime_platform).toEqual([{ operating_system_family: 'LINUX', cpu_architecture: 'X86_64' }])
    const [container] = JSON.parse(task.container_definitions)
    expect(container).toMatchObject({
      name: 'orders',
      image: '${var.orders_image}',
      portMappings: [{ containerPort: 8080 }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '${aws_cloudwatch_log_group.ecs_orders.name}' } },
    })
    expect(variable.orders_image?.type).toBe('string')
    expect(resource.aws_cloudwatch_log_group.ecs_orders.retention_in_days).toBeGreaterThanOrEqual(baseline.monitoring.logRetentionDays)
  })

  it('runs the service privately behind its target group with the configured rollback', () => {
    expect(resource.aws_ecs_service.orders).toMatchObject({
      desired_count: 2,
      launch_type: 'FARGATE',
      network_configuration: [{ assign_public_ip: false, security_groups: ['${aws_security_group.app_sg.id}'] }],
      load_balancer: [{ target_group_arn: '${aws_lb_target_group.orders.arn}', container_name: 'orders', container_port: 8080 }],
      deployment_circuit_breaker: [{ enable: true, rollback: true }],
      health_check_grace_period_seconds: 60,
      lifecycle: { ignore_changes: ['desired_count'] },
    })
    expect(resource.aws_ecs_service.stock.deployment_circuit_breaker).toEqual([{ enable: false, rollback: false }])
    expect(resource.aws_ecs_service.orders.depends_on).toContain(`aws_lb_listener.${lbId}_443`)
  })

  it('tracks the configured metric between the min and max task count', () => {
    expect(resource.aws_appautoscaling_target.ecs_orders).toMatchObject({ min_capacity: 1, max_capacity: 4, scalable_dimension: 'ecs:service:DesiredCount' })
    expect(resource.aws_appautoscaling_policy.ecs_orders.target_tracking_scaling_policy_configuration[0]).toEqual({
      target_value: 60,
      predefined_metric_specification: [{ predefined_metric_type: 'ECSServiceAverageCPUUtilization' }],
    })
    const memory = parseExport(variantNamed('three AZs, an unencrypted')).resource.aws_appautoscaling_policy.ecs_orders
    expect(memory.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0].predefined_metric_type).toBe(
      'ECSServiceAverageMemoryUtilization',
    )
  })

  it('labels requests-per-target tracking with the ALB and target group ARN suffixes', () => {
    const config = variantOf((c) => {
      c.services = [fargateService('orders', 8080, { loadBalancer: c.loadBalancers[0]!.id, scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 50 } })]
      c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
    })
    const spec = parseExport(config).resource.aws_appautoscaling_policy.ecs_orders.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0]
    expect(spec).toEqual({ predefined_metric_type: 'ALBRequestCountPerTarget', resource_label: `\${aws_lb.${lbId}.arn_suffix}/\${aws_lb_target_group.orders.arn_suffix}` })
  })

  // Elastic Load Balancing, "CloudWatch metrics for your Application Load Balancer": RequestCountPerTarget
  // is a Sum per target over the period, and target tracking on ALBRequestCountPerTarget evaluates it
  // per minute. A target of 50 would let each task take 50 requests a minute (0.83/s) and scale to max.
  it('states a requests-per-target target per minute, 60 × the per-second rate the model gives', () => {
    const config = variantOf((c) => {
      c.services = [fargateService('orders', 8080, { loadBalancer: c.loadBalancers[0]!.id, scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 20 } })]
      c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
    })
    expect(parseExport(config).resource.aws_appautoscaling_policy.ecs_orders.target_tracking_scaling_policy_configuration[0].target_value).toBe(1200)
  })

  // Application Auto Scaling has no predefined queue metric; AWS's pattern for queue-driven scaling is a
  // custom "backlog per task" metric published by the application ("Scaling policy based on Amazon SQS").
  it('tracks a queue through the published backlog-per-task metric, never CPU at the queue number', () => {
    const config = variantOf((c) => {
      c.services = [fargateService('orders', 8080, { scaling: { policy: 'target-tracking', metric: 'queue-length', target: 10 } })]
      c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
    })
    const { resource, notes } = parseExport(config)
    expect(resource.aws_appautoscaling_policy.ecs_orders.target_tracking_scaling_policy_configuration[0]).toEqual({
      target_value: 10,
      customized_metric_specification: [{ metric_name: 'BacklogPerTask', namespace: 'Custom/Backlog', statistic: 'Average', dimensions: [{ name: 'ServiceName', value: 'orders' }] }],
    })
    expect(notes).toContain('"orders" scale on Custom/Backlog BacklogPerTask (dimension ServiceName): the application must publish')
  })

  it('falls back to CPU at 70 % when requests per target has no load balancer to count them', () => {
    const config = variantOf((c) => {
      c.services = [fargateService('orders', 8080, { loadBalancer: undefined, scaling: { policy: 'target-tracking', metric: 'requests-per-target', target: 20 } })]
      c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
    })
    const { resource, notes } = parseExport(config)
    expect(resource.aws_appautoscaling_policy.ecs_orders.target_tracking_scaling_policy_configuration[0]).toEqual({
      target_value: 70,
      predefined_metric_specification: [{ predefined_metric_type: 'ECSServiceAverageCPUUtilization' }],
    })
    expect(notes).toContain('"orders" (requests-per-target): target tracking uses average CPU instead ("orders" at 70 %)')
  })
})

// ECS Developer Guide, "Pass Secrets Manager secrets": a container's `secrets` are read with the task
// execution role when the task starts, "<arn>:<json key>::" selects one key; "Task IAM role": the
// application's own calls use the task role, whose trust policy should carry aws:SourceAccount.
describe('ECS services and the database', () => {
  const clientAndNot = variantOf((c) => {
    c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] }, { id: 'edge-sg', name: 'Edge-SG', ingress: [] })
    const dbSg = c.securityGroups.find((sg) => c.database.securityGroups.includes(sg.id))!
    dbSg.ingress = [{ protocol: 'tcp', fromPort: c.database.port, toPort: c.database.port, peer: { kind: 'sg', sgId: 'app-sg' } }]
    c.services = [fargateService('orders', 8080), fargateService('edge', 8081, { securityGroups: ['edge-sg'] })]
  })
  const { resource, data } = parseExport(clientAndNot)
  const container = (name: string) => JSON.parse(resource.aws_ecs_task_definition[name].container_definitions)[0]

  it('gives the services the database admits its address, port and name, and the credentials from the RDS-managed secret', () => {
    expect(container('orders').environment).toEqual([
      { name: 'DB_HOST', value: '${aws_db_instance.main.address}' },
      { name: 'DB_PORT', value: String(clientAndNot.database.port) },
      { name: 'DB_NAME', value: '${var.db_name}' },
    ])
    expect(container('orders').secrets).toEqual([
      { name: 'DB_USERNAME', valueFrom: '${aws_db_instance.main.master_user_secret[0].secret_arn}:username::' },
      { name: 'DB_PASSWORD', valueFrom: '${aws_db_instance.main.master_user_secret[0].secret_arn}:password::' },
    ])
    // A service the database does not let in gets neither.
    expect(container('edge').environment).toBeUndefined()
    expect(container('edge').secrets).toBeUndefined()
  })

  it('lets only the execution role read the secret, and runs each service with its own task role', () => {
    const policy = JSON.parse(resource.aws_iam_role_policy.ecs_task_execution_db_secret.policy)
    expect(policy.Statement).toEqual([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '${aws_db_instance.main.master_user_secret[0].secret_arn}' }])
    expect(resource.aws_iam_role_policy.ecs_task_execution_db_secret.role).toBe('${aws_iam_role.ecs_task_execution.id}')
    expect(resource.aws_ecs_task_definition.orders.task_role_arn).toBe('${aws_iam_role.ecs_task_orders.arn}')
    expect(resource.aws_ecs_task_definition.edge.task_role_arn).toBe('${aws_iam_role.ecs_task_edge.arn}')
  })

  it('trusts ECS tasks only on behalf of this account (aws:SourceAccount), but not EC2, which does not send the key', () => {
    const trust = JSON.parse(resource.aws_iam_role.ecs_task_orders.assume_role_policy).Statement[0]
    expect(trust.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': '${data.aws_caller_identity.current.account_id}' } })
    expect(data.aws_caller_identity.current).toEqual({})
    const ssm = parseExport(variantNamed('a NAT instance, SSM')).resource.aws_iam_role.ec2_ssm
    expect(JSON.parse(ssm.assume_role_policy).Statement[0].Condition).toBeUndefined()
  })
})

describe('EC2 Auto Scaling services', () => {
  const { resource, variable, notes } = parseExport(mixed)

  it('launches from var.ami_id with IMDSv2 and encrypted EBS', () => {
    expect(resource.aws_launch_template.web).toMatchObject({
      image_id: '${var.ami_id}',
      instance_type: 't3.small',
      metadata_options: [{ http_tokens: 'required' }],
      block_device_mappings: [{ ebs: [{ encrypted: 'true' }] }],
      vpc_security_group_ids: ['${aws_security_group.app_sg.id}'],
    })
    expect(resource.aws_launch_template.api.image_id).toBe('${var.ami_id_arm64}')
    expect(variable.ami_id_arm64?.description).toContain('arm64')
  })

  it('sizes the group, spreads it over private-app and checks health through the ALB', () => {
    expect(resource.aws_autoscaling_group.web).toMatchObject({
      min_size: 1,
      desired_capacity: 2,
      max_size: 4,
      vpc_zone_identifier: ['${aws_subnet.private_app_a.id}', '${aws_subnet.private_app_b.id}'],
      target_group_arns: ['${aws_lb_target_group.web.arn}'],
      health_check_type: 'ELB',
    })
    expect(resource.aws_autoscaling_group.worker.health_check_type).toBe('EC2')
  })

  it('uses Spot above the on-demand base, and the template alone when the base covers the group', () => {
    expect(resource.aws_autoscaling_group.web.mixed_instances_policy[0].instances_distribution[0]).toMatchObject({
      on_demand_base_capacity: 1,
      on_demand_percentage_above_base_capacity: 0,
    })
    expect(resource.aws_autoscaling_group.web.launch_template).toBeUndefined()
    expect(resource.aws_autoscaling_group.api.mixed_instances_policy).toBeUndefined()
    expect(resource.aws_autoscaling_group.api.launch_template[0].id).toBe('${aws_launch_template.api.id}')
  })

  it('tracks a target per group, and notes metrics AWS cannot track', () => {
    // 100 requests per second per instance in the model = 6,000 a minute, the unit of ALBRequestCountPerTarget.
    expect(resource.aws_autoscaling_policy.web.target_tracking_configuration[0]).toMatchObject({
      target_value: 6000,
      predefined_metric_specification: [{ predefined_metric_type: 'ALBRequestCountPerTarget' }],
    })
    expect(resource.aws_autoscaling_policy.api.target_tracking_configuration[0].predefined_metric_specification[0].predefined_metric_type).toBe('ASGAverageCPUUtilization')
    expect(resource.aws_autoscaling_policy.worker).toBeUndefined()
    expect(notes).toContain('"api" (memory)')
    expect(notes).toContain('"batch" at 70 %')
    expect(notes).toContain('"orders" scale on Custom/Backlog BacklogPerTask')
    const queued = structuredClone(mixed)
    queued.services.find((s) => s.id === 'web')!.scaling = { policy: 'target-tracking', metric: 'queue-length', target: 5 }
    expect(parseExport(queued).resource.aws_autoscaling_policy.web.target_tracking_configuration[0].customized_metric_specification).toEqual([
      { metric_name: 'BacklogPerTask', namespace: 'Custom/Backlog', statistic: 'Average', metric_dimension: [{ name: 'ServiceName', value: 'web' }] },
    ])
  })
})

describe('database', () => {
  const config = variantNamed('a cache, read replicas')
  const { resource } = parseExport(config)

  it('writes the primary from the config with its password kept by RDS in Secrets Manager and a final snapshot', () => {
    const db = resource.aws_db_instance.main
    expect(db).toMatchObject({
      engine: 'mysql',
      instance_class: config.database.instanceClass,
      allocated_storage: 100,
      max_allocated_storage: 500,
      storage_type: config.database.storageType,
      multi_az: config.database.multiAz,
      backup_retention_period: 7,
      storage_encrypted: true,
      publicly_accessible: false,
      port: 3306,
      engine_version: '8.4',
      username: '${var.db_username}',
      manage_master_user_password: true,
      db_name: '${var.db_name}',
      performance_insights_enabled: true,
      database_insights_mode: 'standard',
      skip_final_snapshot: false,
      deletion_protection: true,
      copy_tags_to_snapshot: true,
      db_subnet_group_name: '${aws_db_subnet_group.main.name}',
    })
    expect(db.final_snapshot_identifier).toBe(`${db.identifier}-final`)
    expect(resource.aws_db_subnet_group.main.subnet_ids).toEqual(['${aws_subnet.private_db_a.id}', '${aws_subnet.private_db_b.id}'])
  })

  it('adds read replicas of the primary', () => {
    expect(Object.keys(resource.aws_db_instance).sort()).toEqual(['main', 'replica_1', 'replica_2'])
    expect(resource.aws_db_instance.replica_2).toMatchObject({ replicate_source_db: '${aws_db_instance.main.identifier}', skip_final_snapshot: true })
    expect(resource.aws_db_instance.replica_2).not.toHaveProperty('password')
  })

  it('turns advanced insights into Database Insights advanced with 465 days of Performance Insights', () => {
    const advanced = variantOf((c) => (c.database.insights = 'advanced'))
    expect(parseExport(advanced).resource.aws_db_instance.main).toMatchObject({
      database_insights_mode: 'advanced',
      performance_insights_retention_period: 465,
    })
  })
})

describe('cache', () => {
  it('encrypts and fails over as configured', () => {
    const group = parseExport(variantNamed('a cache, read replicas')).resource.aws_elasticache_replication_group.main
    expect(group).toMatchObject({
      engine: 'valkey',
      num_cache_clusters: 3,
      automatic_failover_enabled: true,
      at_rest_encryption_enabled: 'true',
      transit_encryption_enabled: true,
      subnet_group_name: '${aws_elasticache_subnet_group.main.name}',
    })
    const single = parseExport(variantNamed('three AZs, an unencrypted')).resource.aws_elasticache_replication_group.main
    expect(single).toMatchObject({ automatic_failover_enabled: false, at_rest_encryption_enabled: 'false', transit_encryption_enabled: false })
  })
})

describe('admin access', () => {
  const { resource, variable, notes } = parseExport(variantNamed('a NAT instance'))

  it('puts the bastion in the first public subnet with a key pair, IMDSv2 and an encrypted root volume', () => {
    expect(resource.aws_instance.bastion).toMatchObject({
      subnet_id: '${aws_subnet.public_a.id}',
      associate_public_ip_address: true,
      key_name: '${var.bastion_key_name}',
      metadata_options: [{ http_tokens: 'required' }],
      root_block_device: [{ encrypted: true }],
      iam_instance_profile: '${aws_iam_instance_profile.ec2_ssm.name}',
    })
    expect(variable.bastion_key_name?.type).toBe('string')
  })

  it('gives instances an SSM instance profile', () => {
    expect(resource.aws_iam_instance_profile.ec2_ssm.role).toBe('${aws_iam_role.ec2_ssm.name}')
    expect(resource.aws_iam_role_policy_attachment.ec2_ssm.policy_arn).toBe('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore')
    expect(resource.aws_launch_template.api.iam_instance_profile).toEqual([{ name: '${aws_iam_instance_profile.ec2_ssm.name}' }])
  })

  // EC2 User Guide, "Security groups for EC2 Instance Connect Endpoint": the endpoint's group needs
  // outbound SSH to the instances, and the instances' groups inbound SSH from the endpoint's group.
  it('writes the Instance Connect endpoint in a private-app subnet with SSH from its group to the instances', () => {
    expect(resource.aws_ec2_instance_connect_endpoint.main).toMatchObject({
      subnet_id: '${aws_subnet.private_app_a.id}',
      security_group_ids: ['${aws_security_group.instance_connect.id}'],
      preserve_client_ip: false,
    })
    expect(resource.aws_vpc_security_group_egress_rule.instance_connect_out_1).toMatchObject({ ip_protocol: 'tcp', from_port: 22, to_port: 22 })
    expect(resource.aws_vpc_security_group_ingress_rule.app_sg_ssh_from_instance_connect).toMatchObject({
      security_group_id: '${aws_security_group.app_sg.id}',
      from_port: 22,
      referenced_security_group_id: '${aws_security_group.instance_connect.id}',
    })
    expect(notes).toContain('SSH (22) from its security group was added to "app-sg"')
  })
})

describe('edge', () => {
  it('protects every ALB with a regional web ACL of managed rule groups and hosts the zones', () => {
    const { resource, variable } = parseExport(variantNamed('a cache, read replicas'))
    expect(resource.aws_wafv2_web_acl.main).toMatchObject({ scope: 'REGIONAL', default_action: [{ allow: [{}] }] })
    expect(resource.aws_wafv2_web_acl.main.rule).toHaveLength(7)
    expect(resource.aws_wafv2_web_acl_association.alb.resource_arn).toBe('${aws_lb.alb.arn}')
    expect(resource.aws_route53_zone.primary.name).toBe('${var.domain_name}')
    expect(resource.aws_route53_zone.additional.for_each).toBe('${toset(var.additional_domain_names)}')
    expect(resource.aws_route53_record.apex.alias[0].name).toBe('${aws_lb.alb.dns_name}')
    expect(variable.additional_domain_names?.type).toBe('list(string)')
  })

  it('puts CloudFront with a us-east-1 web ACL in front of the external ALB', () => {
    const { resource, provider } = parseExport(variantNamed('CloudFront with WAF'))
    expect(provider.aws).toContainEqual(expect.objectContaining({ alias: 'us_east_1', region: 'us-east-1' }))
    expect(resource.aws_wafv2_web_acl.main).toMatchObject({ scope: 'CLOUDFRONT', provider: 'aws.us_east_1' })
    expect(resource.aws_wafv2_web_acl_association).toBeUndefined()
    const distribution = resource.aws_cloudfront_distribution.main
    expect(distribution).toMatchObject({ web_acl_id: '${aws_wafv2_web_acl.main.arn}', aliases: ['${var.domain_name}'] })
    expect(distribution.origin[0].domain_name).toBe('${aws_lb.alb.dns_name}')
    expect(distribution.default_cache_behavior[0].viewer_protocol_policy).toBe('redirect-to-https')
    expect(resource.aws_route53_record.apex.alias[0].name).toBe('${aws_cloudfront_distribution.main.domain_name}')
  })

  it('notes a web ACL with nothing to protect', () => {
    const config = variantOf((c) => {
      c.loadBalancers = []
      c.services = [fargateService('worker', 9000, { loadBalancer: undefined })]
      c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
      c.edge = { cloudfront: false, waf: { enabled: true, rules: 1 } }
    })
    const { resource, notes } = parseExport(config)
    expect(resource.aws_wafv2_web_acl.main.rule).toHaveLength(1)
    expect(notes).toContain('no load balancer or CloudFront distribution to attach the web ACL to')
  })

  it('notes CloudFront it cannot export without an external ALB', () => {
    const { resource, notes, variable } = parseExport(variantNamed('CloudFront asked for without'))
    expect(resource.aws_cloudfront_distribution).toBeUndefined()
    expect(variable.domain_name).toBeUndefined()
    expect(notes).toContain('no distribution was exported')
  })
})

describe('monitoring', () => {
  it('writes as many alarms as configured, RDS CPU and storage first', () => {
    const config = variantOf((c) => (c.monitoring.alarms = 3))
    const alarms = parseExport(config).resource.aws_cloudwatch_metric_alarm
    expect(Object.keys(alarms)).toHaveLength(3)
    expect(alarms.rds_cpu).toMatchObject({ namespace: 'AWS/RDS', metric_name: 'CPUUtilization', dimensions: { DBInstanceIdentifier: '${aws_db_instance.main.identifier}' } })
    expect(alarms.rds_free_storage.comparison_operator).toBe('LessThanThreshold')
    expect(Object.values(alarms).map((a) => (a as { metric_name: string }).metric_name)).toContain('HTTPCode_ELB_5XX_Count')
  })

  it('writes no alarm when none is configured', () => {
    const config = variantOf((c) => (c.monitoring.alarms = 0))
    const exported = parseExport(config)
    expect(exported.resource.aws_cloudwatch_metric_alarm).toBeUndefined()
    expect(exported.variable.alarm_action_arns).toBeUndefined()
  })
})

// RDS User Guide, "Amazon RDS DB engine, Region, and instance class support for Database Insights":
// RDS for MySQL cannot run it on db.t2/t3/t4g micro and small; RDS for PostgreSQL has no such limit.
describe('Database Insights where RDS supports it', () => {
  it('exports it off, with a note, for MySQL on a class that cannot run it, and on for PostgreSQL on the same class', () => {
    const mysqlSmall = variantOf((c) => (c.database = { ...c.database, engine: 'mysql', port: 3306, instanceClass: 'db.t3.small', insights: 'advanced' }))
    const { resource, notes } = parseExport(mysqlSmall)
    expect(resource.aws_db_instance.main.performance_insights_enabled).toBe(false)
    expect(resource.aws_db_instance.main).not.toHaveProperty('database_insights_mode')
    expect(notes).toContain('Database Insights is off: RDS for MySQL does not support it on db.t3.small (the config asks for "advanced")')
    const postgresSmall = variantOf((c) => (c.database = { ...c.database, engine: 'postgresql', instanceClass: 'db.t3.small', insights: 'advanced' }))
    expect(parseExport(postgresSmall).resource.aws_db_instance.main).toMatchObject({ performance_insights_enabled: true, database_insights_mode: 'advanced' })
  })
})
