'use client'

import { useMemo } from 'react'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { OldPriceMarkOf } from '@/components/ui/old-price-mark'
import { priceOptions } from '@/lib/evaluate'
import type { Price } from '@/lib/pricing'
import { buildCostWaterfall, componentLabel, waterfallAxisMaxUsd } from './cost-waterfall'
import { CostWaterfallChart } from './cost-waterfall-chart'
import { formatDeltaMs, formatSignedCount, formatSignedKrw, formatSignedUsd } from './format-delta'
import { gateVerdict, VERDICT_BORDER, VERDICT_TONE, type Verdict } from './verdict'
import { formatCount, formatKrw as formatKrwIn, formatUsd as formatUsdIn } from './view-format'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { RecordTable } from './record-table'
import { costLineWords, sayCost, sayPriceBasis } from '@/lib/i18n/catalog/say-cost'

const BASIS_TONE: Record<Extract<Price, { status: 'known' }>['basis'] | 'unknown', string> = {
  published: 'bg-slate-50 text-slate-700 ring-slate-300',
  derived: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  'seed-stated': 'bg-amber-50 text-amber-800 ring-amber-600/30',
  assumed: 'bg-violet-50 text-violet-800 ring-violet-600/30',
  unknown: 'bg-slate-100 text-slate-600 ring-slate-400',
}

/** A signed figure stays on one line ("+₩20,072", never "+" above "₩20,072"); the table scrolls instead. */
const NUMBER = 'whitespace-nowrap'

const HATCHED = { backgroundImage: 'repeating-linear-gradient(45deg, #e2e8f0 0 2px, transparent 2px 6px)' }

/** "What does it cost a month, line by line, against the budget?" */
export function FinanceView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const formatUsd = (value: number | null) => formatUsdIn(value, locale)
  const formatKrw = (value: number | null) => formatKrwIn(value, locale)
  const { cost } = evaluation
  const { budget, band } = cost
  const options = useMemo(() => priceOptions(scenario, evaluation), [scenario, evaluation])
  const rows = useMemo(() => buildCostWaterfall(cost, locale), [cost, locale])
  const verdict: Verdict = gateVerdict('finance', !budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn', evaluation.design.runnable)
  const atLeast = cost.complete ? '' : w('at-least')
  const summary = w('finance-summary', { components: rows.filter((r) => !r.isTotal).map((r) => w('finance-summary-item', { label: r.label, usd: formatUsd(r.knownUsd), unknown: r.unknownCount })), atLeast, total: formatUsd(cost.monthlyUsd), budget: formatUsd(budget.budgetUsd) })
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={w('this-month')} subtitle={cost.complete ? w('every-line-known') : w('lines-unknown', { n: cost.unknownLines.length })} className={`border-l-4 ${VERDICT_BORDER[verdict]}`}>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">
            {atLeast && <span className="text-base font-normal text-slate-500">{atLeast}</span>}
            {formatKrw(cost.monthlyKrw)}
          </p>
          <p className="text-sm tabular-nums text-slate-600">{w('per-month', { amount: formatUsd(cost.monthlyUsd) })}</p>
          <p className="mt-2">
            <Badge tone={VERDICT_TONE[verdict]}>
              {budget.withinBudget ? w('within-budget-by', { krw: formatKrw(-budget.overByKrw) }) : w('over-budget-by', { krw: formatKrw(budget.overByKrw) })}
            </Badge>
          </p>
        </Card>
        <Card title={w('budget-title')} subtitle={w('budget-subtitle')}>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatKrw(budget.budgetKrw)}</p>
          <p className="text-sm tabular-nums text-slate-600">{w('per-month', { amount: formatUsd(budget.budgetUsd) })}</p>
          <p className="mt-2 text-xs text-slate-500">
            {w('exchange-rate')} <span className="tabular-nums">{formatCount(cost.krwPerUsd, locale)} KRW/USD</span>
          </p>
        </Card>
        <Card title={w('band-title')} subtitle={w('band-subtitle')}>
          {/* Three abreast where each figure fits (US$1,234.56 in Korean is the widest), otherwise fewer. */}
          <dl className="grid grid-cols-[repeat(auto-fit,minmax(6rem,1fr))] gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('minimum')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('typical')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.typicalUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">{w('peak-month')}</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{formatUsd(band.peakUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 break-words font-mono text-xs text-slate-500">{sayCost(locale, band.formula)}</p>
        </Card>
      </div>

      <Card title={w('by-component-title')} subtitle={w('by-component-subtitle', { formula: sayCost(locale, budget.formula) })}>
        <CostWaterfallChart locale={locale} rows={rows} budgetUsd={budget.budgetUsd} axisMaxUsd={waterfallAxisMaxUsd(rows, budget.budgetUsd)} withinBudget={budget.withinBudget} summary={summary} />
      </Card>

      <Card title={w('options-title')} subtitle={w('options-subtitle')}>
        <RecordTable
          minWidth="40rem"
          caption={w('options-caption')}
          rows={options}
          rowKey={(o) => o.id}
          rowMarks={(o) => ({ 'data-option': o.id, className: o.applies ? undefined : 'text-slate-500' })}
          columns={[
            {
              header: w('col-option'),
              className: 'font-medium',
              cell: (o) => (
                <>
                  <span className={o.applies ? 'text-slate-900' : ''}>{sayCost(locale, o.label)}</span>
                  {!o.applies && <span className="ml-2 text-xs font-normal">{w('already-in-plan')}</span>}
                </>
              ),
            },
            { header: w('col-usd-month'), align: 'right', className: NUMBER, cell: (o) => (o.applies ? formatSignedUsd(o.deltaUsd, locale) : '—') },
            { header: w('col-krw-month'), align: 'right', className: NUMBER, cell: (o) => (o.applies ? formatSignedKrw(o.deltaKrw, locale) : '—') },
            { header: w('col-become-automatic'), align: 'right', className: NUMBER, cell: (o) => (o.applies ? formatSignedCount(o.deltaAutoRecovery) : '—') },
            { header: w('col-within-objectives'), align: 'right', className: NUMBER, cell: (o) => (o.applies ? formatSignedCount(o.deltaWithinObjectives) : '—') },
            { header: w('col-delta-p95'), align: 'right', className: NUMBER, cell: (o) => (o.applies ? formatDeltaMs(o.deltaWorstP95Ms, locale) : '—') },
          ]}
        />
      </Card>

      <Card title={w('lines-title')} subtitle={w('lines-subtitle', { compiled: cost.priceCatalogCompiled })}>
        <RecordTable
          minWidth="48rem"
          caption={w('lines-caption')}
          fixed
          alignTop
          rows={cost.lines.map((line) => ({ line, unknown: line.monthlyUsd === null, says: costLineWords(line, locale) }))}
          rowKey={({ line }) => line.id}
          rowMarks={({ line, unknown }) => ({ 'data-line': line.id, style: unknown ? HATCHED : undefined })}
          columns={[
            {
              header: w('col-line'),
              width: 'w-[20%]',
              className: 'font-normal',
              cell: ({ line, says }) => (
                <>
                  <span className="block font-medium text-slate-900">{says.label}</span>
                  <span className="text-xs text-slate-500">{componentLabel(line.component, locale)}</span>
                </>
              ),
            },
            { header: w('col-formula'), width: 'w-[34%]', className: 'break-words font-mono text-xs text-slate-700', cell: ({ says }) => says.formula },
            {
              header: w('col-source'),
              width: 'w-[34%]',
              className: 'text-xs text-slate-600',
              cell: ({ line, says }) => {
                const basisKey = line.price.status === 'known' ? line.price.basis : 'unknown'
                return (
                  <>
                    <Badge tone={BASIS_TONE[basisKey]}>{sayPriceBasis(locale, basisKey)}</Badge> <span className="break-words">{says.source}</span>
                    <OldPriceMarkOf price={line.price} locale={locale} />
                  </>
                )
              },
            },
            {
              header: w('col-monthly-usd'),
              width: 'w-[12%]',
              align: 'right',
              cell: ({ line, unknown }) => (unknown ? <span className="font-medium italic text-slate-600">{w('unknown')}</span> : formatUsd(line.monthlyUsd)),
            },
          ]}
          footer={{
            label: w('total', { unknown: cost.complete ? null : cost.unknownLines.length }),
            labelSpan: 2,
            cells: [
              { content: sayCost(locale, cost.formula), className: 'font-mono text-xs text-slate-500' },
              { content: `${atLeast}${formatUsd(cost.monthlyUsd)}` },
            ],
          }}
        />
      </Card>
    </div>
  )
}
