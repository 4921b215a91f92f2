'use client'

import type { ReactNode } from 'react'
import { useT } from '@/components/i18n/locale-provider'

/**
 * One headline figure. The card is a button that opens a popover with how the figure was
 * computed (the native popover API: Esc and outside clicks close it, focus returns to the card).
 * The card's name is what it shows plus a hidden hint, so speech input can say the visible words.
 */
export function KpiCard({ testId, label, value, detail, tone, explain }: { testId: string; label: string; value: ReactNode; detail: ReactNode; tone: 'good' | 'warn' | 'bad' | 'neutral'; explain: ReactNode }) {
  const popoverId = `${testId}-explain`
  const t = useT()
  const toneClass = { good: 'border-l-emerald-500', warn: 'border-l-amber-500', bad: 'border-l-rose-500', neutral: 'border-l-slate-300' }[tone]
  return (
    <div className="relative min-w-0">
      <button
        type="button"
        data-testid={testId}
        popoverTarget={popoverId}
        className={`flex h-full w-full flex-col items-start rounded-lg border border-l-4 border-slate-200 bg-white px-3 py-2 text-left shadow-sm transition hover:border-slate-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${toneClass}`}
      >
        <span className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{label}</span>
        <span className="mt-0.5 text-lg font-semibold tabular-nums leading-tight text-slate-900">{value}</span>
        <span className="mt-0.5 text-xs tabular-nums break-words text-slate-500">{detail}</span>
        <span className="sr-only">{t('kpi.explain')}</span>
      </button>
      <div
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-label={`${label}: ${t('kpi.explainTitle')}`}
        // Focusable, so a keyboard can scroll a long explanation (most hold no links or buttons).
        tabIndex={0}
        className="m-0 max-h-[70vh] w-[min(40rem,90vw)] overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-xl focus-visible:outline-2 focus-visible:outline-sky-600 [position-area:bottom_span-right] [position-try-fallbacks:flip-inline]"
      >
        {explain}
      </div>
    </div>
  )
}
