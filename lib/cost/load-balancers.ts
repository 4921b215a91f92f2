import type { ArchitectureConfig, Requirements } from '../model'
import { designPrice } from './design-price'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { hours } from './factors'

/** An LCU covers 25 new connections/s or 1 GB/h processed (EC2/IP targets); AWS bills the larger. */
const NEW_CONNECTIONS_PER_LCU = 25
const GB_PER_HOUR_PER_LCU = 1
const KIB_PER_GIB = 1024 * 1024

/**
 * LCU-hours a month for a load balancer seeing `share` of the traffic profile, one new connection
 * per request (as seed 000 assumes), taking the larger dimension in each band.
 * Seed 000: 20 req/s for 8 h → 0.8 LCU; over the day 6.75 LCU-h → 205.3 LCU-h a month.
 */
function monthlyLcuHours(requirements: Requirements, share: number): { lcuHours: number; averageLcu: number } {
  const { bands, responseSizeKb } = requirements.traffic
  const perDay = bands.reduce((sum, band) => {
    const rps = band.rps * share
    const byConnections = rps / NEW_CONNECTIONS_PER_LCU
    const byBytes = (rps * 3600 * responseSizeKb) / KIB_PER_GIB / GB_PER_HOUR_PER_LCU
    return sum + Math.max(byConnections, byBytes) * band.hoursPerDay
  }, 0)
  const lcuHours = (perDay * HOURS_PER_MONTH) / 24
  const averageLcu = perDay / 24
  return { lcuHours, averageLcu }
}

/** Each ALB bills its hours plus LCU-hours. Seed 000: 730 h × $0.0225 = $16.43. */
export function priceLoadBalancers(config: ArchitectureConfig, requirements: Requirements): CostLine[] {
  return config.loadBalancers.flatMap((lb) => {
    const served = config.services.filter((s) => s.loadBalancer === lb.id)
    const share = served.length === 0 ? 0 : Math.max(...served.map((s) => s.trafficShare))
    const lcu = monthlyLcuHours(requirements, share)
    return [
      priceLine({
        id: `alb-hours:${lb.id}`,
        component: 'load-balancer',
        label: { code: 'cost.label.alb', params: { name: lb.name } },
        unit: 'hours',
        quantity: HOURS_PER_MONTH,
        ...designPrice(config, 'alb.hour'),
        factors: [{ code: 'cost.qty.albs', params: { albs: 1 } }, hours()],
        per: 'hour',
      }),
      priceLine({
        id: `alb-lcu:${lb.id}`,
        component: 'load-balancer',
        label: { code: 'cost.label.alb-lcu', params: { name: lb.name } },
        unit: 'LCU-hours',
        quantity: lcu.lcuHours,
        ...designPrice(config, 'alb.lcu_hour'),
        factors: [{ code: 'cost.qty.lcu-hours', params: lcu }],
        per: 'lcu-hour',
      }),
    ]
  })
}
