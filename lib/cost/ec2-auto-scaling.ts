import type { ArchitectureConfig, Service } from '../model'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { count, hours } from './factors'
import { ec2HourlyPrice } from './instance-price'
import { spotHourlyPrice } from './spot-price'

/**
 * EC2 Auto Scaling groups: the first `onDemandBase` instances at the on-demand (or reserved)
 * rate, the rest on Spot: on-demand less a discount that is the design's assumption or a seed's
 * statement (spotHourlyPrice), unknown without one.
 * Example (mau-1m, Seoul): 2 × t4g.medium × 730 h × $0.0416 = $60.74 on-demand, plus
 * 10 × t4g.medium Spot × 730 h × $0.0416 × (1 − 70 %) = $91.10 at seed 003's stated discount.
 */
export function priceEc2Groups(config: ArchitectureConfig, instanceCount: (service: Service) => number): CostLine[] {
  return config.services.flatMap((service) => {
    if (service.compute.kind !== 'ec2') return []
    const { instanceType, onDemandBase, purchase } = service.compute
    const instances = instanceCount(service)
    const onDemand = Math.min(instances, onDemandBase)
    const spot = instances - onDemand
    const lines: CostLine[] = []
    if (onDemand > 0)
      lines.push(
        priceLine({
          id: `ec2:${service.id}`,
          component: 'compute',
          label: { code: 'cost.label.ec2', params: { instanceType, purchase, service: service.name } },
          unit: 'instance-hours',
          quantity: onDemand * HOURS_PER_MONTH,
          ...ec2HourlyPrice(config, instanceType, purchase),
          factors: [count(onDemand), { code: 'cost.qty.instance-type', params: { instanceType, spot: false } }, hours()],
          per: 'hour',
        }),
      )
    if (spot > 0)
      lines.push(
        priceLine({
          id: `ec2-spot:${service.id}`,
          component: 'compute',
          label: { code: 'cost.label.ec2-spot', params: { instanceType, service: service.name } },
          unit: 'instance-hours',
          quantity: spot * HOURS_PER_MONTH,
          ...spotHourlyPrice(config, instanceType),
          factors: [count(spot), { code: 'cost.qty.instance-type', params: { instanceType, spot: true } }, hours()],
          per: 'hour',
        }),
      )
    return lines
  })
}
