import type { Reason } from '../explain/reason'

/**
 * What the capacity engine says, as codes with their facts; lib/i18n/catalog/<language>/capacity.ts
 * words them. Numbers are raw (the catalog rounds them), Infinity where a queue is unbounded.
 */

/** Which load a point measures: the busiest band of the daily curve, or the peak event the user named. */
export type LoadLabel = Reason<'capacity.load.busiest-band'> | Reason<'capacity.load.peak-event', { name: string }>

/**
 * How requests reach a service's tasks, which decides the queue the engine models: round robin gives
 * each task its own queue (M/M/w per task), least outstanding requests approaches one pooled queue
 * (M/M/c over every worker), and a service without a load balancer is read as one shared queue.
 */
export type RoutingReason =
  | Reason<'capacity.routing.round-robin'>
  | Reason<'capacity.routing.least-outstanding-requests'>
  | Reason<'capacity.routing.no-load-balancer'>

/** Where the service time measured on one task size came from, before it is scaled to the task's size. */
export type ServiceTimeSource =
  | Reason<'capacity.service-time.given', { serviceTimeMs: number }>
  | Reason<'capacity.service-time.calibrated', { rpsPerTask: number; p95Ms: number; workersPerTask: number; serviceTimeMs: number }>

/**
 * The service time the queue uses: the measured one at the size it was measured on, or scaled to the
 * task's vCPU by its CPU-bound share, or unscaled because the instance type's vCPUs are unknown.
 */
export type ServiceTimeBasis =
  | Reason<'capacity.service-time.same-size', { source: ServiceTimeSource; vcpu: number; serviceTimeMs: number }>
  | Reason<
      'capacity.service-time.scaled',
      { source: ServiceTimeSource; measuredOnVcpu: number; vcpu: number; cpuBoundShare: number; shareAssumed: boolean; serviceTimeMs: number }
    >
  | Reason<'capacity.service-time.unknown-vcpu', { source: ServiceTimeSource; instanceType: string; serviceTimeMs: number }>

/** How the p95 at one load point was obtained (M/M/c), or why there is none. */
export type QueueFormula =
  | Reason<
      'capacity.formula.queue',
      {
        routing: RoutingReason
        serviceTime: ServiceTimeBasis
        rps: number
        /** The arrival rate of the queue modelled: the whole load when pooled, one task's share with round robin. */
        queueRps: number
        serviceTimeMs: number
        tasks: number
        workersPerTask: number
        /** Servers of the queue modelled: tasks × workers when pooled, one task's workers with round robin. */
        servers: number
        utilisation: number
        queueP95Ms: number
        networkOverheadMs: number
        p95Ms: number
      }
    >
  | Reason<'capacity.formula.unbounded', { routing: RoutingReason; serviceTime: ServiceTimeBasis; rps: number; serviceTimeMs: number; servers: number; utilisation: number }>

/** The task count the engine recommends and the three requirements behind it, or why no count works. */
export type CapacityAdvice =
  | Reason<
      'capacity.advice.recommend',
      { rps: number; slaTasks: number; utilisationTasks: number; targetUtilisation: number; haTasks: number; recommendedTasks: number; peakTasks: number }
    >
  | Reason<'capacity.advice.no-task-count', { slaP95Ms: number }>

export type CapacityReason = LoadLabel | RoutingReason | ServiceTimeSource | ServiceTimeBasis | QueueFormula | CapacityAdvice
