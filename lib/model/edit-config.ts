import type { ArchitectureConfig, NatMode } from './architecture'
import type { Region } from './primitives'
import { setNatMode } from './edit-network'

/**
 * Verbs a user applies to a configuration. Each returns a new config (the input is not changed)
 * and keeps it valid: counts stay ordered min ≤ desired ≤ max.
 */

/** Sets every service's desired count to `tasks`, widening min/max when needed. */
export function setTasksPerService(config: ArchitectureConfig, tasks: number): ArchitectureConfig {
  return { ...config, services: config.services.map((s) => setServiceTasks(s, tasks)) }
}

/** Sets one service's desired count, widening its min/max when needed. */
export function setServiceTaskCount(config: ArchitectureConfig, serviceId: string, tasks: number): ArchitectureConfig {
  return { ...config, services: config.services.map((s) => (s.id === serviceId ? setServiceTasks(s, tasks) : s)) }
}

/**
 * Sets every service's autoscaling maximum (count.max) to `max` and nothing else: a maximum below a
 * service's desired count is left for the schema to refuse (model.count.max-below-desired), so the
 * user hears why instead of the desired count dropping silently.
 */
export function setMaxTasksPerService(config: ArchitectureConfig, max: number): ArchitectureConfig {
  return { ...config, services: config.services.map((s) => ({ ...s, count: { ...s.count, max } })) }
}

/**
 * Sets every Fargate service's task size. A service time belongs to the size it was measured on, so
 * a service that did not say keeps its current vCPU as `measuredOnVcpu`: the capacity engine then
 * scales the service time to the new size instead of taking it as measured there. A size Fargate
 * does not offer is left for the schema to refuse.
 */
export function setFargateSize(config: ArchitectureConfig, vcpu: number, memoryGb: number): ArchitectureConfig {
  return {
    ...config,
    services: config.services.map((s) =>
      s.compute.kind === 'fargate'
        ? {
            ...s,
            compute: { ...s.compute, vcpu: vcpu as FargateVcpu, memoryGb },
            performance: { ...s.performance, measuredOnVcpu: s.performance.measuredOnVcpu ?? s.compute.vcpu },
          }
        : s,
    ),
  }
}

type FargateVcpu = Extract<ArchitectureConfig['services'][number]['compute'], { kind: 'fargate' }>['vcpu']

function setServiceTasks<S extends ArchitectureConfig['services'][number]>(service: S, tasks: number): S {
  return {
    ...service,
    count: { min: Math.min(service.count.min, tasks), desired: tasks, max: Math.max(service.count.max, tasks, 1) },
  }
}

export function setDbMultiAz(config: ArchitectureConfig, multiAz: boolean): ArchitectureConfig {
  return { ...config, database: { ...config.database, multiAz } }
}

/** 0 = no NAT gateway, 1 = one shared, 2 = one per AZ (the seed's two NAT gateways for two AZs). */
export type NatGatewayChoice = 0 | 1 | 2

export function natModeForChoice(choice: NatGatewayChoice): NatMode {
  return choice === 0 ? 'none' : choice === 1 ? 'single' : 'per-az'
}

/** The control's choice as a NAT mode; the routes follow as setNatMode says. */
export function setNatGateways(config: ArchitectureConfig, choice: NatGatewayChoice): ArchitectureConfig {
  return setNatMode(config, natModeForChoice(choice))
}

export function setRegion(config: ArchitectureConfig, region: Region): ArchitectureConfig {
  return { ...config, region }
}

export function setAzCount(config: ArchitectureConfig, azCount: number): ArchitectureConfig {
  return { ...config, network: { ...config.network, azCount } }
}
