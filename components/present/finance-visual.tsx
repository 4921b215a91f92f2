import type { ReactNode } from 'react'
import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import { formatWon } from '@/lib/i18n/format'
import { buildCostBar } from './cost-bar'
import { OldPricesNote } from './old-prices-note'
import { presentSay } from './present-say'

/** Cost against the budget: this month's bill split by what it pays for, the budget, the peak month, and the lines priced from old sources. */
export function FinanceVisual({ evaluation, locale, peakName, today = new Date() }: { evaluation: Evaluation; locale: Locale; peakName: string; today?: Date }) {
  const say = presentSay(locale)
  const bar = buildCostBar(evaluation)
  const showPeak = bar.peakKrw > bar.monthlyKrw
  return (
    <figure className="present-visual flex w-full flex-col gap-6" aria-label={say('present.finance.picture', { monthlyKrw: bar.monthlyKrw, budgetKrw: bar.budgetKrw })}>
      <div className="space-y-5">
        <Row label={say('present.finance.monthly-cost')} value={formatWon(bar.monthlyKrw, locale)} strong>
          <div className="relative h-12 w-full rounded-md bg-slate-100">
            <div className="absolute inset-y-0 left-0 flex overflow-hidden rounded-md" style={{ width: `${bar.costPercent}%` }}>
              {bar.segments.map((s) => (
                <div key={s.component} style={{ flexGrow: s.widthPercent, backgroundColor: s.colour }} />
              ))}
            </div>
            <div className="absolute -inset-y-2 w-0 border-l-[3px] border-dashed border-slate-900" style={{ left: `${bar.budgetPercent}%` }} aria-hidden />
          </div>
        </Row>
        <Row label={say('present.finance.budget')} value={formatWon(bar.budgetKrw, locale)}>
          <div className="relative h-7 w-full rounded-md bg-slate-100">
            <div className="absolute inset-y-0 left-0 rounded-md bg-slate-400" style={{ width: `${bar.budgetPercent}%` }} />
          </div>
        </Row>
        {showPeak && (
          <Row label={say('present.finance.peak-month', { name: peakName })} value={formatWon(bar.peakKrw, locale)}>
            <div className="relative h-7 w-full rounded-md bg-slate-100">
              <div className="absolute inset-y-0 left-0 rounded-md bg-sky-200" style={{ width: `${bar.peakPercent}%` }} />
            </div>
          </Row>
        )}
      </div>
      <p className={`self-start rounded-lg px-4 py-2 text-2xl font-semibold tabular-nums ${bar.within ? 'bg-emerald-50 text-emerald-800' : 'bg-rose-50 text-rose-700'}`}>
        {bar.within ? say('present.finance.under', { krw: -bar.overByKrw }) : say('present.finance.over', { krw: bar.overByKrw })}
      </p>
      <ul className="grid grid-cols-2 gap-x-6 gap-y-2 text-base text-slate-700">
        {bar.segments.map((s) => (
          <li key={s.component} className="flex items-center gap-2">
            <span className="h-3.5 w-3.5 shrink-0 rounded-sm" style={{ backgroundColor: s.colour }} aria-hidden />
            <span className="min-w-0">{say('present.finance.group', { component: s.component })}</span>
            <span className="ml-auto tabular-nums text-slate-500">{formatWon(s.krw, locale)}</span>
          </li>
        ))}
      </ul>
      <OldPricesNote lines={evaluation.cost.lines} locale={locale} today={today} />
    </figure>
  )
}

function Row({ label, value, strong = false, children }: { label: string; value: string; strong?: boolean; children: ReactNode }) {
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-4">
        <span className={`text-lg ${strong ? 'font-semibold text-slate-900' : 'text-slate-600'}`}>{label}</span>
        <span className={`tabular-nums ${strong ? 'text-2xl font-semibold text-slate-900' : 'text-lg text-slate-600'}`}>{value}</span>
      </div>
      {children}
    </div>
  )
}
