'use client'

import { useMemo } from 'react'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { priceOptions } from '@/lib/evaluate'
import type { Price } from '@/lib/pricing'
import { buildCostWaterfall, componentLabel, waterfallAxisMaxUsd } from './cost-waterfall'
import { CostWaterfallChart } from './cost-waterfall-chart'
import { formatDeltaMs, formatSignedCount, formatSignedKrw, formatSignedUsd } from './format-delta'
import { VERDICT_BORDER, VERDICT_TONE, type Verdict } from './verdict'
import { formatCount, formatKrw as formatKrwIn, formatUsd as formatUsdIn } from './view-format'
import type { ViewProps } from './view-props'
import { useViewWords } from './view-words'
import { costLineText, translateNotation } from '@/lib/i18n'

const BASIS_TONE: Record<Extract<Price, { status: 'known' }>['basis'] | 'unknown', string> = {
  published: 'bg-slate-50 text-slate-700 ring-slate-300',
  derived: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  'seed-stated': 'bg-amber-50 text-amber-800 ring-amber-600/30',
  unknown: 'bg-slate-100 text-slate-600 ring-slate-400',
}

const HATCHED = { backgroundImage: 'repeating-linear-gradient(45deg, #e2e8f0 0 2px, transparent 2px 6px)' }

/** "What does it cost a month, line by line, against the budget?" */
export function FinanceView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewWords()
  const formatUsd = (value: number | null) => formatUsdIn(value, locale)
  const formatKrw = (value: number | null) => formatKrwIn(value, locale)
  const { cost } = evaluation
  const { budget, band } = cost
  const options = useMemo(() => priceOptions(scenario, evaluation), [scenario, evaluation])
  const rows = useMemo(() => buildCostWaterfall(cost, locale), [cost, locale])
  const verdict: Verdict = !budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn'
  const atLeast = cost.complete ? '' : w.atLeast
  const summary = w.financeSummary(
    rows.filter((r) => !r.isTotal).map((r) => w.financeSummaryItem(r.label, formatUsd(r.knownUsd), r.unknownCount)),
    atLeast,
    formatUsd(cost.monthlyUsd),
    formatUsd(budget.budgetUsd),
  )
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={w.thisMonth} subtitle={cost.complete ? w.everyLineKnown : w.linesUnknown(cost.unknownLines.length)} className={`border-l-4 ${VERDICT_BORDER[verdict]}`}>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">
            {atLeast && <span className="text-base font-normal text-slate-500">{atLeast}</span>}
            {formatKrw(cost.monthlyKrw)}
          </p>
          <p className="text-sm tabular-nums text-slate-600">{w.perMonth(formatUsd(cost.monthlyUsd))}</p>
          <p className="mt-2">
            <Badge tone={VERDICT_TONE[verdict]}>
              {budget.withinBudget ? w.withinBudgetBy(formatKrw(-budget.overByKrw)) : w.overBudgetBy(formatKrw(budget.overByKrw))}
            </Badge>
          </p>
        </Card>
        <Card title={w.budgetTitle} subtitle={w.budgetSubtitle}>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatKrw(budget.budgetKrw)}</p>
          <p className="text-sm tabular-nums text-slate-600">{w.perMonth(formatUsd(budget.budgetUsd))}</p>
          <p className="mt-2 text-xs text-slate-500">
            {w.exchangeRate} <span className="tabular-nums">{formatCount(cost.krwPerUsd, locale)} KRW/USD</span>
          </p>
        </Card>
        <Card title={w.bandTitle} subtitle={w.bandSubtitle}>
          <dl className="grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w.minimum}</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w.typical}</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.typicalUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">{w.peakMonth}</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{formatUsd(band.peakUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 break-words font-mono text-xs text-slate-500">{translateNotation(band.formula, locale)}</p>
        </Card>
      </div>

      <Card title={w.byComponentTitle} subtitle={w.byComponentSubtitle(translateNotation(budget.formula, locale))}>
        <CostWaterfallChart locale={locale} rows={rows} budgetUsd={budget.budgetUsd} axisMaxUsd={waterfallAxisMaxUsd(rows, budget.budgetUsd)} withinBudget={budget.withinBudget} summary={summary} />
      </Card>

      <Card title={w.optionsTitle} subtitle={w.optionsSubtitle}>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{w.optionsCaption}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="py-2 pr-3 font-medium">{w.colOption}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{w.colUsdMonth}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{w.colKrwMonth}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{w.colBecomeAutomatic}</th>
              <th scope="col" className="py-2 text-right font-medium">{w.colDeltaP95}</th>
            </tr>
          </thead>
          <tbody>
            {options.map((o) => (
              <tr key={o.id} data-option={o.id} className={`border-b border-slate-100 last:border-0 ${o.applies ? '' : 'text-slate-500'}`}>
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <span className={o.applies ? 'text-slate-900' : ''}>{translateNotation(o.label, locale)}</span>
                  {!o.applies && <span className="ml-2 text-xs font-normal">{w.alreadyInPlan}</span>}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedUsd(o.deltaUsd, locale) : '—'}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedKrw(o.deltaKrw, locale) : '—'}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedCount(o.deltaAutoRecovery) : '—'}</td>
                <td className="py-2 text-right tabular-nums">{o.applies ? formatDeltaMs(o.deltaWorstP95Ms, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card title={w.linesTitle} subtitle={w.linesSubtitle(cost.priceCatalogCompiled)}>
        <div className="overflow-x-auto">
          <table className="w-full table-fixed border-collapse text-sm">
            <caption className="sr-only">{w.linesCaption}</caption>
            <colgroup>
              <col className="w-[20%]" />
              <col className="w-[34%]" />
              <col className="w-[34%]" />
              <col className="w-[12%]" />
            </colgroup>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">{w.colLine}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{w.colFormula}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{w.colSource}</th>
                <th scope="col" className="py-2 text-right font-medium">{w.colMonthlyUsd}</th>
              </tr>
            </thead>
            <tbody>
              {cost.lines.map((line) => {
                const basisKey = line.price.status === 'known' ? line.price.basis : 'unknown'
                const unknown = line.monthlyUsd === null
                const says = costLineText(line, locale)
                return (
                  <tr key={line.id} data-line={line.id} className="border-b border-slate-100 align-top last:border-0" style={unknown ? HATCHED : undefined}>
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <span className="block font-medium text-slate-900">{says.label}</span>
                      <span className="text-xs text-slate-500">{componentLabel(line.component, locale)}</span>
                    </th>
                    <td className="break-words py-2 pr-3 font-mono text-xs text-slate-700">{says.formula}</td>
                    <td className="py-2 pr-3 text-xs text-slate-600">
                      <Badge tone={BASIS_TONE[basisKey]}>{w.basis[basisKey]}</Badge> <span className="break-words">{says.source}</span>
                    </td>
                    <td className="py-2 text-right tabular-nums">
                      {unknown ? <span className="font-medium italic text-slate-600">{w.unknown}</span> : formatUsd(line.monthlyUsd)}
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-300">
                <th scope="row" className="py-2 pr-3 text-left font-semibold" colSpan={2}>
                  {w.total(cost.complete ? null : cost.unknownLines.length)}
                </th>
                <td className="py-2 pr-3 font-mono text-xs text-slate-500">{translateNotation(cost.formula, locale)}</td>
                <td className="py-2 text-right font-semibold tabular-nums">
                  {atLeast}
                  {formatUsd(cost.monthlyUsd)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Card>
    </div>
  )
}
