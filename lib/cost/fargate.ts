import type { ArchitectureConfig, Service } from '../model'
import { designPrice } from './design-price'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { gb, hours } from './factors'
import type { QuantityFactor } from './cost-reasons'

type FargateService = Service & { compute: Extract<Service['compute'], { kind: 'fargate' }> }

/** Fargate includes 20 GB of ephemeral storage per task; only the excess is billed. */
const INCLUDED_EPHEMERAL_GB = 20

function isFargate(service: Service): service is FargateService {
  return service.compute.kind === 'fargate'
}

function shapeKey(s: FargateService): string {
  const c = s.compute
  return `${c.architecture}-${c.vcpu}vcpu-${c.memoryGb}gb-${c.ephemeralStorageGb}gb`
}

/**
 * Fargate vCPU, memory and extra ephemeral storage, one line each per task shape, billed for the
 * whole month at the given task counts.
 * Seed 000: 6 tasks × 0.5 vCPU × 730 h × $0.04048 = $88.65; 6 tasks × 1 GB × 730 h × $0.004445 = $19.47.
 */
export function priceFargate(config: ArchitectureConfig, taskCount: (service: Service) => number): CostLine[] {
  const groups = new Map<string, FargateService[]>()
  for (const service of config.services.filter(isFargate)) {
    const key = shapeKey(service)
    groups.set(key, [...(groups.get(key) ?? []), service])
  }
  return [...groups.entries()].flatMap(([key, services]) => {
    const { architecture, vcpu, memoryGb, ephemeralStorageGb } = services[0]!.compute
    const tasks = services.reduce((sum, s) => sum + taskCount(s), 0)
    const arch = architecture === 'arm' ? 'linux_arm' : 'linux_x86'
    const who: QuantityFactor = { code: 'cost.qty.tasks', params: { tasks } }
    const names = services.map((s) => s.name)
    const lines: CostLine[] = [
      priceLine({
        id: `fargate-vcpu:${key}`,
        component: 'compute',
        label: { code: 'cost.label.fargate-vcpu', params: { services: names } },
        unit: 'vCPU-hours',
        quantity: tasks * vcpu * HOURS_PER_MONTH,
        ...designPrice(config, `fargate.${arch}.vcpu_hour`),
        factors: [who, { code: 'cost.qty.vcpu', params: { vcpu } }, hours()],
        per: 'vcpu-hour',
      }),
      priceLine({
        id: `fargate-memory:${key}`,
        component: 'compute',
        label: { code: 'cost.label.fargate-memory', params: { services: names } },
        unit: 'GB-hours',
        quantity: tasks * memoryGb * HOURS_PER_MONTH,
        ...designPrice(config, `fargate.${arch}.gb_hour`),
        factors: [who, gb(memoryGb), hours()],
        per: 'gb-hour',
      }),
    ]
    const extraGb = ephemeralStorageGb - INCLUDED_EPHEMERAL_GB
    if (extraGb > 0)
      lines.push(
        priceLine({
          id: `fargate-storage:${key}`,
          component: 'compute',
          label: { code: 'cost.label.fargate-storage', params: { services: names, includedGb: INCLUDED_EPHEMERAL_GB } },
          unit: 'GB-hours',
          quantity: tasks * extraGb * HOURS_PER_MONTH,
          ...designPrice(config, 'fargate.ephemeral_storage.gb_hour_above_20gb'),
          factors: [who, gb(extraGb), hours()],
          per: 'gb-hour',
        }),
      )
    return lines
  })
}
