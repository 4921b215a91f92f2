import type { Verdict } from '@/lib/narrative'

/** Green, amber and red mean the same on every slide as on the dashboard. */
export const VERDICT_FILL: Record<Verdict, string> = { good: '#059669', warn: '#d97706', bad: '#e11d48' }

export const VERDICT_CHIP: Record<Verdict, string> = {
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  warn: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  bad: 'bg-rose-50 text-rose-800 ring-rose-600/30',
}
