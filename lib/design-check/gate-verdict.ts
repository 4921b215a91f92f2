/** How an answer reads at a glance: fine, worth watching, or needs action. */
type Verdict = 'good' | 'warn' | 'bad'

/**
 * A design that cannot start (the design check's blockers) earns no green anywhere: answers that
 * depend on it running (recovery, capacity, latency) need action; the others read "watch" at best.
 * Shared by the dashboard's views and the deck's narrative.
 */
export function gateVerdict<V extends Verdict>(verdict: V, runnable: boolean, needsRunning: boolean): Verdict {
  if (runnable) return verdict
  return needsRunning ? 'bad' : verdict === 'good' ? 'warn' : verdict
}
