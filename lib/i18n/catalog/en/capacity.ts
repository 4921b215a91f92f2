import type { CapacityReason, RoutingReason, ServiceTimeBasis, ServiceTimeSource } from '../../../capacity/capacity-reasons'
import { formatNotation as n } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'

/** A part of a formula (routing, service time) worded by its own message. */
function part(r: RoutingReason | ServiceTimeSource | ServiceTimeBasis): string {
  return (capacity[r.code] as (params: object) => string)(r.params)
}

/** Capacity in English. Formulas are notation: numbers through formatNotation, units as AWS writes them. */
export const capacity: Messages<CapacityReason> = {
  'capacity.load.busiest-band': () => 'busiest daily band',
  'capacity.load.peak-event': (p) => p.name,
  'capacity.routing.round-robin': () => 'round robin (each task queues its own share)',
  'capacity.routing.least-outstanding-requests': () => 'least outstanding requests (one pooled queue)',
  'capacity.routing.no-load-balancer': () => 'no load balancer (one shared queue)',
  'capacity.service-time.given': (p) => `${n(p.serviceTimeMs)} ms`,
  'capacity.service-time.calibrated': (p) =>
    `${n(p.serviceTimeMs)} ms (calibrated to a measured run: ${n(p.rpsPerTask)} req/s per task at p95 ${n(p.p95Ms)} ms)`,
  'capacity.service-time.same-size': (p) => `S = ${part(p.source)} at ${n(p.vcpu)} vCPU`,
  'capacity.service-time.scaled': (p) =>
    `S = ${part(p.source)} at ${n(p.measuredOnVcpu)} vCPU × ((1 − ${n(p.cpuBoundShare)}) + ${n(p.cpuBoundShare)} × ${n(p.measuredOnVcpu)} / ${n(p.vcpu)} vCPU) = ${n(p.serviceTimeMs)} ms (CPU-bound share ${n(p.cpuBoundShare)}${p.shareAssumed ? ', assumed' : ''})`,
  'capacity.service-time.unknown-vcpu': (p) => `S = ${part(p.source)} (${p.instanceType}: vCPUs unknown, not scaled to the instance size)`,
  'capacity.formula.queue': (p) =>
    p.routing.code === 'capacity.routing.round-robin'
      ? `M/M/c per task, ${part(p.routing)}: λ = ${n(p.rps)} req/s ÷ ${p.tasks} ${plural('en', p.tasks, { one: 'task', other: 'tasks' })} = ${n(p.queueRps)} req/s, ${part(p.serviceTime)}, c = ${p.servers} per task, ρ = ${n(p.utilisation * 100, 1)} % → queue p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms network = ${n(p.p95Ms, 1)} ms`
      : `M/M/c, ${part(p.routing)}: λ = ${n(p.rps)} req/s, ${part(p.serviceTime)}, c = ${p.tasks} tasks × ${p.workersPerTask} = ${p.servers}, ρ = ${n(p.utilisation * 100, 1)} % → queue p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms network = ${n(p.p95Ms, 1)} ms`,
  'capacity.formula.unbounded': (p) =>
    `M/M/c, ${part(p.routing)}: λ = ${n(p.rps)} req/s needs more than c = ${p.servers} servers, ${part(p.serviceTime)} (ρ = ${n(p.utilisation * 100, 1)} % ≥ 100 %): the queue grows without bound`,
  'capacity.advice.recommend': (p) =>
    `At ${n(p.rps)} req/s: ${p.slaTasks} ${plural('en', p.slaTasks, { one: 'task meets', other: 'tasks meet' })} the SLA, ${p.utilisationTasks} keep utilisation ≤ ${p.targetUtilisation * 100} %, ${p.haTasks} cover the AZs → recommend ${p.recommendedTasks}. The scaling policy runs ${p.peakTasks} at the peak.`,
  'capacity.advice.no-task-count': (p) =>
    `No task count meets p95 < ${p.slaP95Ms} ms: network overhead plus one request's service time already exceed it.`,
}
