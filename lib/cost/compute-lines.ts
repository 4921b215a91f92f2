import type { ArchitectureConfig, Service } from '../model'
import type { CostLine } from './cost-line'
import { priceEc2Groups } from './ec2-auto-scaling'
import { priceFargate } from './fargate'

/** Compute lines (Fargate tasks and EC2 instances) at the task count a function picks per service. */
export function priceCompute(config: ArchitectureConfig, count: (service: Service) => number): CostLine[] {
  return [...priceFargate(config, count), ...priceEc2Groups(config, count)]
}

/** The service as its next task or instance runs: an EC2 group's instances above its on-demand base run on Spot. */
function asNextUnit(service: Service): Service {
  const { compute } = service
  if (compute.kind === 'ec2' && service.count.desired >= compute.onDemandBase) return { ...service, compute: { ...compute, onDemandBase: 0 } }
  return service
}

/**
 * What one more task or instance of `service` costs an hour, beyond its configured count; null
 * when a needed price is unknown. Example (mau-1m): 12 instances, 2 on-demand, so the 13th is
 * Spot at $0.0416 × (1 − 70 %) = $0.0125/h.
 */
export function hourlyUsdPerUnit(config: ArchitectureConfig, service: Service): number | null {
  const one = priceCompute({ ...config, services: [asNextUnit(service)] }, () => 1)
  if (one.some((line) => line.monthlyUsd === null)) return null
  return one.reduce((sum, line) => sum + (line.monthlyUsd ?? 0), 0) / 730
}
