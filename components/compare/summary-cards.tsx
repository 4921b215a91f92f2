import type { CSSProperties } from 'react'
import type { Comparison, ComparedItem, Stakeholder, Winner } from '@/lib/compare'
import { formatKrw, formatNumber, formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { modeWord } from '@/lib/recovery/recovery-reasons'
import { Badge } from '@/components/ui/badge'
import { MODE_FILL, SEVERITY_TONE } from '@/components/ui/tones'
import { VERDICT_BORDER, VERDICT_TONE, type Verdict } from '@/components/views/verdict'
import { compareSay } from './compare-say'
import { WINNER_TONE } from './winners-table'

function costVerdict(item: ComparedItem): Verdict {
  return item.cost.budget.verdict === 'over' ? 'bad' : item.cost.budget.verdict === 'within-so-far' ? 'warn' : 'good'
}

const MODES = ['auto', 'partial', 'manual'] as const

/** One card per plan, side by side: cost against the budget, band, recovery, p95, findings, and what it wins. */
export function SummaryCards({ comparison, winners, fullNames, locale }: { comparison: Comparison; winners: Winner[]; fullNames: string[]; locale: Locale }) {
  const w = compareSay(locale)
  const winsOf = (id: string): Stakeholder[] =>
    winners.filter(({ winnerIds }) => winnerIds.includes(id) && winnerIds.length < comparison.items.length).map(({ stakeholder }) => stakeholder)
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" className="sr-only">
        {w('cards.title')}
      </h2>
      {/* One card per plan abreast from a laptop up; two on a tablet, one on a phone. */}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(var(--plans),minmax(0,1fr))]" style={{ '--plans': comparison.items.length } as CSSProperties}>
        {comparison.items.map((item, i) => {
          const { cost, recovery, capacity, security } = item
          const verdict = costVerdict(item)
          const atLeast = cost.complete ? '' : `${w('cards.at-least')} `
          const wins = winsOf(item.id)
          const budget = cost.budget
          const budgetText =
            budget.verdict === 'over'
              ? w('cards.over', { amount: formatKrw(budget.overByKrw, locale) })
              : budget.verdict === 'within'
                ? w('cards.within', { amount: formatKrw(-budget.overByKrw, locale) })
                : w('cards.within-so-far', { amount: formatKrw(-budget.overByKrw, locale) })
          return (
            <li key={item.id} data-plan={item.id} className={`flex flex-col rounded-xl border border-l-4 border-slate-200 bg-white p-4 shadow-sm ${VERDICT_BORDER[verdict]}`}>
              <h3 className="text-base font-semibold leading-tight text-slate-900">{item.name}</h3>
              <p className="mt-0.5 break-words text-xs text-slate-500">
                {fullNames[i]} · {item.region}
              </p>
              <ul aria-label={w('cards.wins')} className="mt-2 flex min-h-6 flex-wrap gap-1">
                {wins.map((s) => (
                  <li key={s}>
                    <Badge tone={WINNER_TONE}>★ {w('stakeholder.name', { stakeholder: s })}</Badge>
                  </li>
                ))}
              </ul>
              <dl className="mt-3 space-y-3 text-sm">
                <div>
                  <dt className="text-xs text-slate-500">{w('cards.monthly')}</dt>
                  <dd>
                    <span className="text-2xl font-semibold tabular-nums text-slate-900">
                      {atLeast && <span className="text-sm font-normal text-slate-500">{atLeast}</span>}
                      {formatKrw(cost.monthlyKrw, locale)}
                    </span>
                    <span className="block text-xs tabular-nums text-slate-600">
                      {w('cards.per-month', { usd: formatUsd(cost.monthlyUsd, locale) })}
                    </span>
                    {/* Always one line, so the rows of the four cards stay level. */}
                    <span className={`mt-1 block text-xs ${cost.complete ? 'text-slate-500' : 'font-medium text-amber-800'}`}>
                      {cost.complete ? w('cards.all-known') : w('cards.unknown-lines', { count: cost.unknownLineIds.length })}
                    </span>
                  </dd>
                </div>
                <div className="flex items-center justify-between gap-2">
                  <dt className="text-xs text-slate-500">
                    {w('cards.budget', { budget: formatKrw(budget.budgetKrw, locale) })}
                  </dt>
                  <dd>
                    <Badge tone={VERDICT_TONE[verdict]}>{budgetText}</Badge>
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{w('cards.band')}</dt>
                  {/* Three abreast where each figure fits (US$1,811.05 in Korean is the widest), otherwise fewer. */}
                  <dd className="mt-1 grid grid-cols-[repeat(auto-fit,minmax(5.5rem,1fr))] gap-1 text-center">
                    {(
                      [
                        [w('cards.min'), cost.band.minUsd, 'bg-slate-50 text-slate-900'],
                        [w('cards.typical'), cost.band.typicalUsd, 'bg-slate-50 text-slate-900'],
                        [w('cards.peak-month'), cost.band.peakUsd, 'bg-violet-50 text-violet-900'],
                      ] as const
                    ).map(([label, value, tone]) => (
                      <span key={label} className={`rounded-md px-1 py-1 ${tone}`}>
                        <span className="block text-[11px] leading-tight opacity-70">{label}</span>
                        <span className="block text-xs font-semibold tabular-nums">{formatUsd(value, locale)}</span>
                      </span>
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{w('cards.recovery')}</dt>
                  <dd>
                    <span className="font-semibold tabular-nums text-slate-900">{w('cards.auto-of', { auto: recovery.autoCount, total: recovery.scenarioCount })}</span>
                    <span className="mt-1 flex h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
                      {MODES.map((mode) => (
                        <span key={mode} style={{ flexGrow: recovery[`${mode}Count`], backgroundColor: MODE_FILL[mode] }} />
                      ))}
                    </span>
                    <span className="mt-1 block text-xs tabular-nums text-slate-500">
                      {MODES.map((mode) => w('cards.mode-count', { mode: sayRecovery(locale, modeWord(mode)), count: recovery[`${mode}Count`] })).join(' · ')}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{w('cards.p95')}</dt>
                  <dd className="flex items-center gap-2">
                    <span className="font-semibold tabular-nums text-slate-900">
                      {capacity.worstPeakP95Ms === null ? w('overloaded') : `${formatNumber(Math.round(capacity.worstPeakP95Ms), locale)} ms`}
                    </span>{' '}
                    <Badge tone={VERDICT_TONE[capacity.meetsSla ? 'good' : 'bad']}>{capacity.meetsSla ? w('cards.sla-met') : w('cards.sla-missed')}</Badge>
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{w('cards.findings')}</dt>
                  <dd className="mt-1 flex flex-wrap gap-1 whitespace-nowrap">
                    {(['high', 'medium', 'low'] as const).map((s) => (
                      <Badge key={s} tone={security.counts[s] > 0 ? SEVERITY_TONE[s] : 'bg-slate-50 text-slate-500 ring-slate-200'}>
                        {w('severity-count', { severity: s, count: security.counts[s] })}
                      </Badge>
                    ))}
                  </dd>
                </div>
              </dl>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
