import type { Judged } from './goals'

const p95 = (d: Judged) => d.p95Ms ?? Infinity

/** `a` dominates `b`: no worse on monthly cost, coverage and p95 at peak, and better on one. */
export function dominates(a: Judged, b: Judged): boolean {
  const noWorse = a.monthlyUsd <= b.monthlyUsd && a.coverage >= b.coverage && p95(a) <= p95(b)
  return noWorse && (a.monthlyUsd < b.monthlyUsd || a.coverage > b.coverage || p95(a) < p95(b))
}

/** Pareto frontier, cheapest first; of designs with the same three figures, the first examined stays. */
export function paretoFrontier<T extends Judged>(designs: readonly T[]): T[] {
  const kept: T[] = []
  for (const d of designs) {
    if (designs.some((o) => dominates(o, d))) continue
    if (kept.some((k) => k.monthlyUsd === d.monthlyUsd && k.coverage === d.coverage && p95(k) === p95(d))) continue
    kept.push(d)
  }
  return kept.sort((a, b) => a.monthlyUsd - b.monthlyUsd || b.coverage - a.coverage || p95(a) - p95(b))
}

/** Cheapest first; ties: higher coverage, lower p95, fewer steps from the input. */
export function byPreference(a: Judged & { steps: number }, b: Judged & { steps: number }): number {
  return a.monthlyUsd - b.monthlyUsd || b.coverage - a.coverage || p95(a) - p95(b) || a.steps - b.steps
}
