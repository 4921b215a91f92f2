import type { ArchitectureConfig, Service } from '../model'
import { lookupPrice } from '../pricing'
import { fmt } from '../explain/figure'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'

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
    const who = `${tasks} tasks`
    const names = services.map((s) => s.name).join(', ')
    const lines: CostLine[] = [
      priceLine({
        id: `fargate-vcpu:${key}`,
        component: 'compute',
        label: `Fargate vCPU (${names})`,
        unit: 'vCPU-hours',
        quantity: tasks * vcpu * HOURS_PER_MONTH,
        price: lookupPrice(config.region, `fargate.${arch}.vcpu_hour`),
        quantityText: `${who} × ${fmt(vcpu)} vCPU × ${HOURS_PER_MONTH} h`,
        priceSuffix: '/vCPU-h',
      }),
      priceLine({
        id: `fargate-memory:${key}`,
        component: 'compute',
        label: `Fargate memory (${names})`,
        unit: 'GB-hours',
        quantity: tasks * memoryGb * HOURS_PER_MONTH,
        price: lookupPrice(config.region, `fargate.${arch}.gb_hour`),
        quantityText: `${who} × ${fmt(memoryGb)} GB × ${HOURS_PER_MONTH} h`,
        priceSuffix: '/GB-h',
      }),
    ]
    const extraGb = ephemeralStorageGb - INCLUDED_EPHEMERAL_GB
    if (extraGb > 0)
      lines.push(
        priceLine({
          id: `fargate-storage:${key}`,
          component: 'compute',
          label: `Fargate ephemeral storage above 20 GB (${names})`,
          unit: 'GB-hours',
          quantity: tasks * extraGb * HOURS_PER_MONTH,
          price: lookupPrice(config.region, 'fargate.ephemeral_storage.gb_hour_above_20gb'),
          quantityText: `${who} × ${extraGb} GB × ${HOURS_PER_MONTH} h`,
          priceSuffix: '/GB-h',
        }),
      )
    return lines
  })
}
