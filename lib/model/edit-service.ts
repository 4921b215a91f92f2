import type { ArchitectureConfig, Compute, Scaling, Service } from './architecture'
import { nextFreeId } from './edit-ids'
import type { FargateVcpu } from './fargate-sizes'

/**
 * The inspector's verbs on one service. Each returns a new config and leaves the input as it was;
 * none checks what the schema checks (counts in order, at least one service, known load balancer
 * and groups): the store validates every edit, so a refusal says the model's own reason.
 */

type ServicePatch = Partial<Pick<Service, 'name' | 'port' | 'securityGroups'>>

/** Applies `change` to the service `serviceId`; other services are the same objects as before. */
export function updateService(config: ArchitectureConfig, serviceId: string, change: (service: Service) => Service): ArchitectureConfig {
  return { ...config, services: config.services.map((s) => (s.id === serviceId ? change(s) : s)) }
}

/** Name, port or security groups of one service. */
export function patchService(config: ArchitectureConfig, serviceId: string, patch: ServicePatch): ArchitectureConfig {
  return updateService(config, serviceId, (s) => ({ ...s, ...patch }))
}

/**
 * Adds a service named `name` shaped like the design's first one (its groups, load balancer,
 * service time and health check), on Fargate 0.5 vCPU / 1 GB with 2 tasks (1 to 4), so it is
 * valid as added. Returns the config and the new service's id ('service', 'service-2', …).
 */
export function addService(config: ArchitectureConfig, name: string): { config: ArchitectureConfig; serviceId: string } {
  const template = config.services[0]!
  const serviceId = nextFreeId('service', config.services.map((s) => s.id))
  const service: Service = {
    id: serviceId,
    name,
    port: template.port,
    compute: { kind: 'fargate', architecture: 'x86', vcpu: 0.5, memoryGb: 1, ephemeralStorageGb: 20 },
    count: { min: 1, desired: 2, max: 4 },
    scaling: { policy: 'target-tracking', metric: 'cpu', target: 70 },
    ...(template.loadBalancer ? { loadBalancer: template.loadBalancer } : {}),
    securityGroups: [...template.securityGroups],
    trafficShare: 1,
    performance: { serviceTimeMs: template.performance.serviceTimeMs, workersPerTask: 1 },
    healthCheck: { ...template.healthCheck },
    deployment: { autoRollback: true },
  }
  return { config: { ...config, services: [...config.services, service] }, serviceId }
}

/** Removes a service; removing the last one is left for the schema to refuse (a design runs something). */
export function removeService(config: ArchitectureConfig, serviceId: string): ArchitectureConfig {
  return { ...config, services: config.services.filter((s) => s.id !== serviceId) }
}

/**
 * Moves a service to Fargate or EC2, keeping its counts, scaling and health check. EC2 needs an
 * instance type; every instance starts on demand (onDemandBase = max). A service time belongs to
 * the size it was measured on, so leaving Fargate keeps that vCPU as `measuredOnVcpu`, as
 * setFargateSize does.
 */
export function setServiceCompute(
  config: ArchitectureConfig,
  serviceId: string,
  target: { kind: 'fargate'; vcpu: FargateVcpu; memoryGb: number } | { kind: 'ec2'; instanceType: string },
): ArchitectureConfig {
  return updateService(config, serviceId, (s) => {
    const measuredOnVcpu = s.performance.measuredOnVcpu ?? (s.compute.kind === 'fargate' ? s.compute.vcpu : undefined)
    const performance = measuredOnVcpu === undefined ? s.performance : { ...s.performance, measuredOnVcpu }
    const compute: Compute =
      target.kind === 'fargate'
        ? { kind: 'fargate', architecture: 'x86', vcpu: target.vcpu, memoryGb: target.memoryGb, ephemeralStorageGb: 20 }
        : { kind: 'ec2', instanceType: target.instanceType, onDemandBase: s.count.max, purchase: 'on-demand' }
    return { ...s, compute, performance }
  })
}

/** One Fargate service's task size; an EC2 service is left as it is. */
export function setServiceFargateSize(config: ArchitectureConfig, serviceId: string, vcpu: FargateVcpu, memoryGb: number): ArchitectureConfig {
  return updateService(config, serviceId, (s) =>
    s.compute.kind === 'fargate'
      ? { ...s, compute: { ...s.compute, vcpu, memoryGb }, performance: { ...s.performance, measuredOnVcpu: s.performance.measuredOnVcpu ?? s.compute.vcpu } }
      : s,
  )
}

/** One EC2 service's instance type; a Fargate service is left as it is. */
export function setServiceInstanceType(config: ArchitectureConfig, serviceId: string, instanceType: string): ArchitectureConfig {
  return updateService(config, serviceId, (s) => (s.compute.kind === 'ec2' ? { ...s, compute: { ...s.compute, instanceType } } : s))
}

/** One of min, desired or max, as typed: an order the schema refuses (min > desired) is refused there. */
export function setServiceCount(config: ArchitectureConfig, serviceId: string, which: keyof Service['count'], value: number): ArchitectureConfig {
  return updateService(config, serviceId, (s) => ({ ...s, count: { ...s.count, [which]: value } }))
}

/** The autoscaling policy, metric or target. */
export function setServiceScaling(config: ArchitectureConfig, serviceId: string, patch: Partial<Pick<Scaling, 'policy' | 'metric' | 'target'>>): ArchitectureConfig {
  return updateService(config, serviceId, (s) => ({ ...s, scaling: { ...s.scaling, ...patch } }))
}

/** The target group's health check: path (empty = AWS's '/'), interval, thresholds, grace period. */
export function setServiceHealthCheck(config: ArchitectureConfig, serviceId: string, patch: Partial<Service['healthCheck']>): ArchitectureConfig {
  return updateService(config, serviceId, (s) => {
    const healthCheck = { ...s.healthCheck, ...patch }
    if (healthCheck.path === '') delete healthCheck.path
    return { ...s, healthCheck }
  })
}

/** The load balancer in front of the service, by id; null = not load-balanced. */
export function setServiceLoadBalancer(config: ArchitectureConfig, serviceId: string, loadBalancerId: string | null): ArchitectureConfig {
  return updateService(config, serviceId, ({ loadBalancer: _old, ...s }) => (loadBalancerId === null ? s : { ...s, loadBalancer: loadBalancerId }))
}

/**
 * What Terraform cannot say about a service: its mean service time, the requests one task serves at
 * once, and its share of the traffic. An imported design starts from stated defaults; this is where
 * the user puts their own measurements.
 */
export function setServicePerformance(
  config: ArchitectureConfig,
  serviceId: string,
  patch: Partial<Pick<Service['performance'], 'serviceTimeMs' | 'workersPerTask'>> & { trafficShare?: number },
): ArchitectureConfig {
  const { trafficShare, ...performance } = patch
  return updateService(config, serviceId, (s) => ({ ...s, ...(trafficShare === undefined ? {} : { trafficShare }), performance: { ...s.performance, ...performance } }))
}

/** Deployment circuit breaker (ECS) or instance-refresh (ASG) rollback on or off. */
export function setServiceAutoRollback(config: ArchitectureConfig, serviceId: string, autoRollback: boolean): ArchitectureConfig {
  return updateService(config, serviceId, (s) => ({ ...s, deployment: { ...s.deployment, autoRollback } }))
}
