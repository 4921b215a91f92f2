import type { Locale } from '@/lib/i18n'
import type { Scaling } from '@/lib/model'
import { viewWords } from './view-words'

/**
 * A service's scaling policy in words for the autoscaling table.
 * Example: target-tracking on requests-per-target 20 → { policy: 'Target tracking', metric: 'Requests per target',
 * target: '20 req/target' }; policy none → { policy: 'None (fixed count)', metric: '—', target: '—' }.
 */
export function describeScaling(scaling: Scaling, locale: Locale): { policy: string; metric: string; target: string; scheduled: string } {
  const w = viewWords(locale)
  const scheduled = scaling.scheduledPeakCount === undefined ? '—' : w.scheduledTasks(scaling.scheduledPeakCount)
  if (scaling.policy === 'none') return { policy: w.policyNone, metric: '—', target: '—', scheduled }
  const metric = w.metric[scaling.metric]
  const target =
    scaling.metric === 'cpu' || scaling.metric === 'memory'
      ? w.targetPercent(scaling.target)
      : scaling.metric === 'requests-per-target'
        ? w.targetRequests(scaling.target)
        : w.targetQueued(scaling.target)
  return { policy: w.policyTarget, metric, target, scheduled }
}
