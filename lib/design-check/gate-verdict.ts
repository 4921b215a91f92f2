/** How an answer reads at a glance: fine, worth watching, or needs action. */
type Verdict = 'good' | 'warn' | 'bad'

export type Stakeholder = 'ops' | 'business' | 'security' | 'finance' | 'cto'

/** Whose answer is about the design running: recovery, capacity and latency are; cost and security are not. */
const NEEDS_RUNNING: Record<Stakeholder, boolean> = { ops: true, business: true, security: false, finance: false, cto: true }

/**
 * A design that cannot start (the design check's blockers) earns no green anywhere: answers that
 * depend on it running need action; the others read "watch" at best. Shared by the dashboard's
 * views and the deck's narrative.
 */
export function gateVerdict(stakeholder: Stakeholder, verdict: Verdict, runnable: boolean): Verdict {
  if (runnable) return verdict
  return NEEDS_RUNNING[stakeholder] ? 'bad' : verdict === 'good' ? 'warn' : verdict
}
