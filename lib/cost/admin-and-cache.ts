import type { ArchitectureConfig } from '../model'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { count, hours } from './factors'
import { cacheHourlyPrice, ec2HourlyPrice } from './instance-price'

/** The bastion runs all month. Seed 000: t2.nano 730 h × $0.0058 = $4.23. */
export function priceBastion(config: ArchitectureConfig): CostLine[] {
  const bastion = config.adminAccess.bastion
  if (!bastion) return []
  return [
    priceLine({
      id: 'bastion',
      component: 'admin-access',
      label: { code: 'cost.label.bastion', params: { instanceType: bastion.instanceType, purchase: bastion.purchase } },
      unit: 'instance-hours',
      quantity: HOURS_PER_MONTH,
      ...ec2HourlyPrice(config, bastion.instanceType, bastion.purchase),
      factors: [count(1), { code: 'cost.qty.instance-type', params: { instanceType: bastion.instanceType, spot: false } }, hours()],
      per: 'hour',
    }),
  ]
}

/** ElastiCache nodes run all month. Seed 001: cache.t2.micro 730 h × $0.026 = $18.98. */
export function priceCache(config: ArchitectureConfig): CostLine[] {
  const cache = config.cache
  if (!cache) return []
  return [
    priceLine({
      id: 'cache',
      component: 'cache',
      label: { code: 'cost.label.cache', params: { engine: cache.engine, nodeType: cache.nodeType, purchase: cache.purchase } },
      unit: 'node-hours',
      quantity: cache.nodes * HOURS_PER_MONTH,
      ...cacheHourlyPrice(config, cache.engine, cache.nodeType, cache.purchase),
      factors: [{ code: 'cost.qty.nodes', params: { nodes: cache.nodes } }, hours()],
      per: 'hour',
    }),
  ]
}
