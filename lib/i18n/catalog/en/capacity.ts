import type { CapacityReason } from '../../../capacity/capacity-reasons'
import { formatNotation as n } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'

/** Capacity in English. Formulas are notation: numbers through formatNotation, units as AWS writes them. */
export const capacity: Messages<CapacityReason> = {
  'capacity.load.busiest-band': () => 'busiest daily band',
  'capacity.load.peak-event': (p) => p.name,
  'capacity.formula.queue': (p) =>
    `M/M/c: λ = ${n(p.rps)} req/s, S = ${n(p.serviceTimeMs)} ms, c = ${p.tasks} tasks × ${p.workersPerTask} = ${p.servers}, ρ = ${n(p.utilisation * 100, 1)} % → queue p95 ${n(p.queueP95Ms, 1)} ms + ${n(p.networkOverheadMs)} ms network = ${n(p.p95Ms, 1)} ms`,
  'capacity.formula.unbounded': (p) =>
    `M/M/c: λ = ${n(p.rps)} req/s needs more than c = ${p.servers} servers at S = ${n(p.serviceTimeMs)} ms (ρ = ${n(p.utilisation * 100, 1)} % ≥ 100 %): the queue grows without bound`,
  'capacity.advice.recommend': (p) =>
    `At ${n(p.rps)} req/s: ${p.slaTasks} ${plural('en', p.slaTasks, { one: 'task meets', other: 'tasks meet' })} the SLA, ${p.utilisationTasks} keep utilisation ≤ ${p.targetUtilisation * 100} %, ${p.haTasks} cover the AZs → recommend ${p.recommendedTasks}. The scaling policy runs ${p.peakTasks} at the peak.`,
  'capacity.advice.no-task-count': (p) =>
    `No task count meets p95 < ${p.slaP95Ms} ms: network overhead plus one request's service time already exceed it.`,
}
