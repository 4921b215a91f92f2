import type { Reason } from '../explain/reason'

/**
 * What the capacity engine says, as codes with their facts; lib/i18n/catalog/<language>/capacity.ts
 * words them. Numbers are raw (the catalog rounds them), Infinity where a queue is unbounded.
 */

/** Which load a point measures: the busiest band of the daily curve, or the peak event the user named. */
export type LoadLabel = Reason<'capacity.load.busiest-band'> | Reason<'capacity.load.peak-event', { name: string }>

/** How the p95 at one load point was obtained (M/M/c), or why there is none. */
export type QueueFormula =
  | Reason<
      'capacity.formula.queue',
      { rps: number; serviceTimeMs: number; tasks: number; workersPerTask: number; servers: number; utilisation: number; queueP95Ms: number; networkOverheadMs: number; p95Ms: number }
    >
  | Reason<'capacity.formula.unbounded', { rps: number; serviceTimeMs: number; servers: number; utilisation: number }>

/** The task count the engine recommends and the three requirements behind it, or why no count works. */
export type CapacityAdvice =
  | Reason<
      'capacity.advice.recommend',
      { rps: number; slaTasks: number; utilisationTasks: number; targetUtilisation: number; haTasks: number; recommendedTasks: number; peakTasks: number }
    >
  | Reason<'capacity.advice.no-task-count', { slaP95Ms: number }>

export type CapacityReason = LoadLabel | QueueFormula | CapacityAdvice
