import type { RecoveryMode } from '@/lib/recovery'

/** One colour per meaning, everywhere: recovery modes and finding severities. */
export const MODE_TONE: Record<RecoveryMode, string> = {
  auto: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  partial: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  manual: 'bg-rose-50 text-rose-800 ring-rose-600/30',
}

export const MODE_FILL: Record<RecoveryMode, string> = { auto: '#059669', partial: '#d97706', manual: '#e11d48' }

/** The same meanings as text on white: the fills are too light for small words (WCAG 1.4.3 asks 4.5:1). */
export const MODE_TEXT: Record<RecoveryMode, string> = { auto: '#047857', partial: '#b45309', manual: '#be123c' }

type Severity = 'high' | 'medium' | 'low'

export const SEVERITY_TONE: Record<Severity, string> = {
  high: 'bg-rose-50 text-rose-800 ring-rose-600/30',
  medium: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  low: 'bg-sky-50 text-sky-800 ring-sky-600/30',
}

export const SEVERITY_FILL: Record<Severity, string> = { high: '#e11d48', medium: '#d97706', low: '#0284c7' }
