import type { ArchitectureConfig, Requirements, Service } from '../model'
import { busiestBandRps } from '../cost/traffic-volume'
import type { CapacityAdvice, LoadLabel, QueueFormula, RoutingReason, ServiceTimeBasis } from './capacity-reasons'
import { isStable, minServersForPercentile, responseTimePercentileSeconds, smallestServersFor, utilisation } from './erlang-c'
import { queueSeenByARequest, queuesPerTask, routingOf } from './routing'
import { effectiveServiceTime } from './service-time'

const P95 = 0.95
/** Keep servers at most this busy when sizing, so a burst does not tip the queue over. */
const TARGET_UTILISATION = 0.7

export type LoadPoint = {
  /** Which load this is: the busiest daily band, or the peak event by its name. */
  label: LoadLabel
  rps: number
  tasks: number
  utilisation: number
  /** End-to-end p95: network overhead + M/M/c response-time percentile. Infinity when overloaded. */
  p95Ms: number
  meetsSla: boolean
  /** How the p95 was obtained (M/M/c with its inputs), or that the queue is unbounded. */
  formula: QueueFormula
}

export type ServiceCapacity = {
  serviceId: string
  name: string
  typical: LoadPoint
  peak: LoadPoint
  /** The worse of the typical and peak p95: what the SLA is judged on. */
  p95Ms: number
  meetsSla: boolean
  /** Smallest task count whose p95 at peak meets the SLA; null if none can. */
  minTasksForSla: number | null
  /** max(SLA tasks, tasks for ≤ 70 % utilisation, one per AZ for availability). */
  recommendedTasks: number | null
  /** Tasks the service runs during the peak event, given its scaling policy. */
  peakTasks: number
  /** Why `recommendedTasks`: the SLA, utilisation and AZ counts behind it, or why no count works. */
  advice: CapacityAdvice
}

export type CapacityAssessment = {
  services: ServiceCapacity[]
  meetsSla: boolean
  worstPeakP95Ms: number
  slaP95Ms: number
}

/** Servers in the M/M/c model: each task serves `workersPerTask` requests in parallel. */
function serversFor(service: Service, tasks: number): number {
  return tasks * service.performance.workersPerTask
}

/** What a service's queue is made of, the same at every load: its routing and its service time on its task size. */
type QueueShape = { routing: RoutingReason; serviceTime: ServiceTimeBasis }

function loadPoint(service: Service, requirements: Requirements, shape: QueueShape, label: LoadLabel, rps: number, tasks: number): LoadPoint {
  const { routing, serviceTime } = shape
  const serviceTimeMs = serviceTime.params.serviceTimeMs
  const { p95Ms: target, networkOverheadMs } = requirements.sla
  const { workersPerTask } = service.performance
  const servers = serversFor(service, tasks)
  const q = queueSeenByARequest(routing, rps, serviceTimeMs / 1000, Math.max(1, tasks), workersPerTask)
  const queueP95Ms = servers === 0 ? Infinity : responseTimePercentileSeconds(q, P95) * 1000
  const p95Ms = networkOverheadMs + queueP95Ms
  const rho = servers === 0 ? Infinity : utilisation(q)
  return {
    label,
    rps,
    tasks,
    utilisation: rho,
    p95Ms,
    meetsSla: p95Ms <= target,
    formula: Number.isFinite(p95Ms)
      ? {
          code: 'capacity.formula.queue',
          params: { routing, serviceTime, rps, queueRps: q.arrivalRatePerSecond, serviceTimeMs, tasks, workersPerTask, servers: q.servers, utilisation: rho, queueP95Ms, networkOverheadMs, p95Ms },
        }
      : { code: 'capacity.formula.unbounded', params: { routing, serviceTime, rps, serviceTimeMs, servers, utilisation: rho } },
  }
}

/**
 * Tasks the autoscaler runs at `rps`: requests-per-target divides the load by the target, CPU and
 * memory targets divide the busy time by the target utilisation, and target tracking stops at
 * count.max; a scheduled action for the peak sets a floor that may lie above count.max, since it
 * sets the service's minimum and maximum for its hours (Application Auto Scaling, "Scheduled scaling").
 */
function autoscaledTasks(service: Service, serviceTimeMs: number, rps: number): number {
  const { scaling, count, performance } = service
  if (scaling.policy === 'none') return scaling.scheduledPeakCount ?? count.desired
  const perTaskBusy = (rps * serviceTimeMs) / 1000 / performance.workersPerTask
  const wanted =
    scaling.metric === 'requests-per-target' || scaling.metric === 'queue-length'
      ? Math.ceil(rps / scaling.target)
      : Math.ceil(perTaskBusy / (scaling.target / 100))
  return Math.max(scaling.scheduledPeakCount ?? 0, Math.min(count.max, Math.max(count.desired, wanted)))
}

/** The most tasks the sizing search tries, as many as the pooled search's servers. */
const MAX_SIZED_TASKS = 10_000

/**
 * Fewest tasks whose p95 at `rps` fits `budgetSeconds`, or null. Pooled: the fewest M/M/c servers,
 * rounded up to whole tasks. Round robin: the fewest tasks n for which one task's M/M/w queue at λ/n
 * fits (more tasks only shorten each queue, so the search is monotone).
 */
function minTasksForBudget(routing: RoutingReason, rps: number, serviceTimeSeconds: number, workers: number, budgetSeconds: number): number | null {
  if (budgetSeconds <= 0) return null
  const load = { arrivalRatePerSecond: rps, serviceTimeSeconds }
  if (!queuesPerTask(routing)) {
    const minServers = minServersForPercentile(load, P95, budgetSeconds)
    return minServers === null ? null : Math.max(1, Math.ceil(minServers / workers))
  }
  if (-Math.log1p(-P95) * serviceTimeSeconds > budgetSeconds) return null
  const firstStable = Math.floor((rps * serviceTimeSeconds) / workers) + 1
  const fits = (tasks: number) => {
    const q = queueSeenByARequest(routing, rps, serviceTimeSeconds, tasks, workers)
    return isStable(q) && responseTimePercentileSeconds(q, P95) <= budgetSeconds
  }
  return smallestServersFor(load, (q) => fits(q.servers), MAX_SIZED_TASKS, Math.min(firstStable, MAX_SIZED_TASKS))
}

function recommend(service: Service, config: ArchitectureConfig, requirements: Requirements, shape: QueueShape, peakRps: number) {
  const budgetSeconds = (requirements.sla.p95Ms - requirements.sla.networkOverheadMs) / 1000
  const serviceTimeSeconds = shape.serviceTime.params.serviceTimeMs / 1000
  const workers = service.performance.workersPerTask
  const minTasksForSla = minTasksForBudget(shape.routing, peakRps, serviceTimeSeconds, workers, budgetSeconds)
  const utilisationTasks = Math.ceil((peakRps * serviceTimeSeconds) / workers / TARGET_UTILISATION)
  const haTasks = config.network.azCount >= 2 ? 2 : 1
  const recommendedTasks = minTasksForSla === null ? null : Math.max(minTasksForSla, utilisationTasks, haTasks)
  return { minTasksForSla, recommendedTasks, utilisationTasks, haTasks }
}

/**
 * Latency against the SLA for every service, at the busiest daily band and at the peak event.
 * Seed 000 order service: λ = 20 req/s, S = 5.89 ms (calibrated to the seed's JMeter run), 2 tasks
 * behind least outstanding requests (M/M/2) → queue p95 17.7 ms + 65 ms network = 82.7 ms.
 */
export function assessCapacity(config: ArchitectureConfig, requirements: Requirements): CapacityAssessment {
  const services = config.services.map((service): ServiceCapacity => {
    const typicalRps = busiestBandRps(requirements.traffic) * service.trafficShare
    const peakRps = requirements.traffic.peak.rps * service.trafficShare
    const shape: QueueShape = { routing: routingOf(service, config), serviceTime: effectiveServiceTime(service) }
    const serviceTimeMs = shape.serviceTime.params.serviceTimeMs
    const peakTasks = autoscaledTasks(service, serviceTimeMs, peakRps)
    const typical = loadPoint(service, requirements, shape, { code: 'capacity.load.busiest-band', params: {} }, typicalRps, autoscaledTasks(service, serviceTimeMs, typicalRps))
    const peak = loadPoint(service, requirements, shape, { code: 'capacity.load.peak-event', params: { name: requirements.traffic.peak.name } }, peakRps, peakTasks)
    const r = recommend(service, config, requirements, shape, peakRps)
    const advice: CapacityAdvice =
      r.recommendedTasks === null || r.minTasksForSla === null
        ? { code: 'capacity.advice.no-task-count', params: { slaP95Ms: requirements.sla.p95Ms } }
        : {
            code: 'capacity.advice.recommend',
            params: {
              rps: peakRps,
              slaTasks: r.minTasksForSla,
              utilisationTasks: r.utilisationTasks,
              targetUtilisation: TARGET_UTILISATION,
              haTasks: r.haTasks,
              recommendedTasks: r.recommendedTasks,
              peakTasks,
            },
          }
    return {
      serviceId: service.id,
      name: service.name,
      typical,
      peak,
      p95Ms: Math.max(typical.p95Ms, peak.p95Ms),
      meetsSla: typical.meetsSla && peak.meetsSla,
      minTasksForSla: r.minTasksForSla,
      recommendedTasks: r.recommendedTasks,
      peakTasks,
      advice,
    }
  })
  const worstPeakP95Ms = Math.max(...services.map((s) => s.peak.p95Ms))
  return {
    services,
    meetsSla: services.every((s) => s.meetsSla),
    worstPeakP95Ms,
    slaP95Ms: requirements.sla.p95Ms,
  }
}
