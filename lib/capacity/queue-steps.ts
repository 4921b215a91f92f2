/**
 * A running count of Erlang recurrence steps, so tests can check that the queueing maths stays
 * bounded by counting work instead of timing it (timing goals live in bench/). Counting changes no
 * result: the formulas stay pure in everything they return.
 */
let steps = 0

export function countQueueSteps(n: number): void {
  steps += n
}

/** Steps taken since the process started; subtract two readings to measure one evaluation. */
export function readQueueSteps(): number {
  return steps
}
