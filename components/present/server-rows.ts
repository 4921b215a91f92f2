import { busiestBandRps } from '@/lib/cost'
import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'

/** Beyond this many servers the slide draws a bar instead of one square per server. */
const MAX_SQUARES = 40

export type ServerRow = { key: 'typical' | 'peak'; rps: number; tasks: number }

type ServerChart = {
  /** null when every service scales the same way, else the busiest service's name. */
  serviceName: string | null
  rows: ServerRow[]
  ceiling: number
  peakName: string
  /** Draw squares (one per server) or bars. */
  squares: boolean
}

/**
 * The business slide: servers on a normal busy day and at the peak, up to the autoscaling limit,
 * for the service that grows most (or "each service" when they all grow alike).
 */
export function buildServerChart(scenario: Scenario, evaluation: Evaluation): ServerChart {
  const services = evaluation.capacity.services
  const busiest = services.reduce((a, b) => (b.peakTasks > a.peakTasks ? b : a), services[0]!)
  const alike = services.every((s) => s.peakTasks === busiest.peakTasks && s.typical.tasks === busiest.typical.tasks)
  const config = scenario.config.services.find((s) => s.id === busiest.serviceId)
  const ceiling = config?.count.max ?? busiest.peakTasks
  const { traffic } = scenario.requirements
  return {
    serviceName: alike ? null : busiest.name,
    rows: [
      { key: 'typical', rps: busiestBandRps(traffic), tasks: busiest.typical.tasks },
      { key: 'peak', rps: traffic.peak.rps, tasks: busiest.peakTasks },
    ],
    ceiling,
    peakName: traffic.peak.name,
    squares: ceiling <= MAX_SQUARES,
  }
}
