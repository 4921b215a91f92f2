import type { Locale } from '@/lib/i18n/locale'
import type { Scaling } from '@/lib/model'
import { viewSay } from './view-say'

/**
 * A service's scaling policy in words for the autoscaling table.
 * Example: target-tracking on requests-per-target 20 → { policy: 'Target tracking', metric: 'Requests per target',
 * target: '20 req/target' }; policy none → { policy: 'None (fixed count)', metric: '—', target: '—' }.
 */
export function describeScaling(scaling: Scaling, locale: Locale): { policy: string; metric: string; target: string; scheduled: string } {
  const w = viewSay(locale)
  const scheduled = scaling.scheduledPeakCount === undefined ? '—' : w('scheduled-tasks', { n: scaling.scheduledPeakCount })
  if (scaling.policy === 'none') return { policy: w('policy-none'), metric: '—', target: '—', scheduled }
  const metric = w('metric', { metric: scaling.metric })
  const target =
    scaling.metric === 'cpu' || scaling.metric === 'memory'
      ? w('target-percent', { t: scaling.target })
      : scaling.metric === 'requests-per-target'
        ? w('target-requests', { t: scaling.target })
        : w('target-queued', { t: scaling.target })
  return { policy: w('policy-target'), metric, target, scheduled }
}
