import type { Scaling } from '@/lib/model'

/**
 * A service's scaling policy in words for the autoscaling table.
 * Example: target-tracking on requests-per-target 20 → { policy: 'Target tracking', metric: 'Requests per target',
 * target: '20 req/target' }; policy none → { policy: 'None (fixed count)', metric: '—', target: '—' }.
 */
export function describeScaling(scaling: Scaling): { policy: string; metric: string; target: string; scheduled: string } {
  const scheduled = scaling.scheduledPeakCount === undefined ? '—' : `${scaling.scheduledPeakCount} tasks`
  if (scaling.policy === 'none') return { policy: 'None (fixed count)', metric: '—', target: '—', scheduled }
  const metric = { cpu: 'CPU', memory: 'Memory', 'requests-per-target': 'Requests per target', 'queue-length': 'Queue length' }[scaling.metric]
  const target =
    scaling.metric === 'cpu' || scaling.metric === 'memory'
      ? `${scaling.target} %`
      : scaling.metric === 'requests-per-target'
        ? `${scaling.target} req/target`
        : `${scaling.target} queued/task`
  return { policy: 'Target tracking', metric, target, scheduled }
}
