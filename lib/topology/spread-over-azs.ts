/**
 * How many of a service's tasks (or an Auto Scaling group's instances) run in each of its AZs.
 * An ECS service spreads its tasks over the Availability Zones of its subnets by default, and an
 * Auto Scaling group keeps an equal number of instances in each enabled zone (footnotes 1, 2);
 * when the count does not divide evenly, the first zones hold one more.
 * Example: spreadOverAzs(5, 2) → [3, 2]; spreadOverAzs(2, 3) → [1, 1, 0].
 */
export function spreadOverAzs(count: number, azCount: number): number[] {
  const zones = Math.max(1, azCount)
  const each = Math.floor(count / zones)
  const extra = count - each * zones
  return Array.from({ length: zones }, (_, i) => each + (i < extra ? 1 : 0))
}

/** A box's part of its service: `inAz` of `tasks`, and at the peak `peak.inAz` of `peak.tasks`. */
export type AzShare = { inAz: number; tasks: number; peak: { inAz: number; tasks: number } | null }

/**
 * Each AZ's share of a service, now and (when the peak runs a different count) at the peak.
 * Example: azShares(2, 14, 2) → [{ inAz: 1, tasks: 2, peak: { inAz: 7, tasks: 14 } }, { inAz: 1, … }].
 */
export function azShares(tasks: number, peakTasks: number | undefined, azCount: number): AzShare[] {
  const now = spreadOverAzs(tasks, azCount)
  const atPeak = peakTasks !== undefined && peakTasks !== tasks ? spreadOverAzs(peakTasks, azCount) : null
  return now.map((inAz, i) => ({ inAz, tasks, peak: atPeak ? { inAz: atPeak[i]!, tasks: peakTasks! } : null }))
}

// 1. "Use strategies to define Amazon ECS task placement" (Amazon ECS Developer Guide): "For tasks
//    running as part of an Amazon ECS service, the task placement strategy is spread using the
//    attribute:ecs.availability-zone." Fargate places a service's tasks across the subnets given.
// 2. "Auto Scaling group Availability Zone distribution" (Amazon EC2 Auto Scaling User Guide):
//    "Auto Scaling maintains an equal number of instances across enabled Availability Zones."
