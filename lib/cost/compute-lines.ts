import type { ArchitectureConfig, Service } from '../model'
import type { CostLine } from './cost-line'
import { priceEc2Groups } from './ec2-auto-scaling'
import { priceFargate } from './fargate'

/** Compute lines (Fargate tasks and EC2 instances) at the task count a function picks per service. */
export function priceCompute(config: ArchitectureConfig, count: (service: Service) => number): CostLine[] {
  return [...priceFargate(config, count), ...priceEc2Groups(config, count)]
}

/** What one more task or instance of `service` costs an hour; null when a needed price is unknown. */
export function hourlyUsdPerUnit(config: ArchitectureConfig, service: Service): number | null {
  const one = priceCompute({ ...config, services: [service] }, () => 1)
  if (one.some((line) => line.monthlyUsd === null)) return null
  return one.reduce((sum, line) => sum + (line.monthlyUsd ?? 0), 0) / 730
}
