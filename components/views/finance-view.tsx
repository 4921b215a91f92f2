'use client'

import { useMemo } from 'react'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { formatKrw, formatUsd } from '@/components/ui/format'
import { priceOptions } from '@/lib/evaluate'
import type { Price } from '@/lib/pricing'
import { buildCostWaterfall, COMPONENT_LABEL, waterfallAxisMaxUsd } from './cost-waterfall'
import { CostWaterfallChart } from './cost-waterfall-chart'
import { formatDeltaMs, formatSignedCount, formatSignedKrw, formatSignedUsd } from './format-delta'
import { VERDICT_BORDER, VERDICT_TONE, type Verdict } from './verdict'
import type { ViewProps } from './view-props'

const BASIS: Record<Extract<Price, { status: 'known' }>['basis'] | 'unknown', { word: string; tone: string }> = {
  published: { word: 'published', tone: 'bg-slate-50 text-slate-700 ring-slate-300' },
  derived: { word: 'derived', tone: 'bg-sky-50 text-sky-800 ring-sky-600/30' },
  'seed-stated': { word: 'seed-stated', tone: 'bg-amber-50 text-amber-800 ring-amber-600/30' },
  unknown: { word: 'unknown', tone: 'bg-slate-100 text-slate-600 ring-slate-400' },
}

const HATCHED = { backgroundImage: 'repeating-linear-gradient(45deg, #e2e8f0 0 2px, transparent 2px 6px)' }

/** "What does it cost a month, line by line, against the budget?" */
export function FinanceView({ scenario, evaluation }: ViewProps) {
  const { cost } = evaluation
  const { budget, band } = cost
  const options = useMemo(() => priceOptions(scenario, evaluation), [scenario, evaluation])
  const rows = useMemo(() => buildCostWaterfall(cost), [cost])
  const verdict: Verdict = !budget.withinBudget ? 'bad' : cost.complete ? 'good' : 'warn'
  const atLeast = cost.complete ? '' : 'at least '
  const summary = `Monthly cost by component: ${rows
    .filter((r) => !r.isTotal)
    .map((r) => `${r.label} ${formatUsd(r.knownUsd)}${r.unknownCount ? ` plus ${r.unknownCount} unknown` : ''}`)
    .join(', ')}; total ${atLeast}${formatUsd(cost.monthlyUsd)} against a budget of ${formatUsd(budget.budgetUsd)}.`
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="This month" subtitle={cost.complete ? 'Every line has a known price' : `${cost.unknownLines.length} line(s) have no known price: the total is a lower bound`} className={`border-l-4 ${VERDICT_BORDER[verdict]}`}>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">
            {atLeast && <span className="text-base font-normal text-slate-500">{atLeast}</span>}
            {formatKrw(cost.monthlyKrw)}
          </p>
          <p className="text-sm tabular-nums text-slate-600">{formatUsd(cost.monthlyUsd)} a month</p>
          <p className="mt-2">
            <Badge tone={VERDICT_TONE[verdict]}>
              {budget.withinBudget ? `within budget by ${formatKrw(-budget.overByKrw)}` : `over budget by ${formatKrw(budget.overByKrw)}`}
            </Badge>
          </p>
        </Card>
        <Card title="Budget" subtitle="As the finance lead set it, in both currencies">
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatKrw(budget.budgetKrw)}</p>
          <p className="text-sm tabular-nums text-slate-600">{formatUsd(budget.budgetUsd)} a month</p>
          <p className="mt-2 text-xs text-slate-500">
            Exchange rate <span className="tabular-nums">{cost.krwPerUsd.toLocaleString('en-US')} KRW/USD</span>
          </p>
        </Card>
        <Card title="Band" subtitle="The month at minimum counts, as configured, and with the peak event">
          <dl className="grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Minimum</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Typical</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(band.typicalUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">Peak month</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{formatUsd(band.peakUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 break-words font-mono text-xs text-slate-500">{band.formula}</p>
        </Card>
      </div>

      <Card title="Cost by component" subtitle={`Each bar starts where the one above it ends; the dashed line is the budget. ${budget.formula}`}>
        <CostWaterfallChart rows={rows} budgetUsd={budget.budgetUsd} axisMaxUsd={waterfallAxisMaxUsd(rows, budget.budgetUsd)} withinBudget={budget.withinBudget} summary={summary} />
      </Card>

      <Card title="What each option costs" subtitle="The seeds' recurring choices, priced against this plan">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Monthly cost and effect of each option</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="py-2 pr-3 font-medium">Option</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">+ USD a month</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">+ KRW a month</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Failures that become automatic</th>
              <th scope="col" className="py-2 text-right font-medium">Δ worst peak p95</th>
            </tr>
          </thead>
          <tbody>
            {options.map((o) => (
              <tr key={o.id} data-option={o.id} className={`border-b border-slate-100 last:border-0 ${o.applies ? '' : 'text-slate-400'}`}>
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <span className={o.applies ? 'text-slate-900' : ''}>{o.label}</span>
                  {!o.applies && <span className="ml-2 text-xs font-normal">already in this plan</span>}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedUsd(o.deltaUsd) : '—'}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedKrw(o.deltaKrw) : '—'}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{o.applies ? formatSignedCount(o.deltaAutoRecovery) : '—'}</td>
                <td className="py-2 text-right tabular-nums">{o.applies ? formatDeltaMs(o.deltaWorstP95Ms) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card title="Cost lines" subtitle={`Quantity × unit price, with the price's source and date (price catalog compiled ${cost.priceCatalogCompiled})`}>
        <div className="overflow-x-auto">
          <table className="w-full table-fixed border-collapse text-sm">
            <caption className="sr-only">Every cost line with its formula and source</caption>
            <colgroup>
              <col className="w-[20%]" />
              <col className="w-[34%]" />
              <col className="w-[34%]" />
              <col className="w-[12%]" />
            </colgroup>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">Line</th>
                <th scope="col" className="py-2 pr-3 font-medium">Formula</th>
                <th scope="col" className="py-2 pr-3 font-medium">Source</th>
                <th scope="col" className="py-2 text-right font-medium">Monthly USD</th>
              </tr>
            </thead>
            <tbody>
              {cost.lines.map((line) => {
                const basis = BASIS[line.price.status === 'known' ? line.price.basis : 'unknown']
                const unknown = line.monthlyUsd === null
                return (
                  <tr key={line.id} data-line={line.id} className="border-b border-slate-100 align-top last:border-0" style={unknown ? HATCHED : undefined}>
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <span className="block font-medium text-slate-900">{line.label}</span>
                      <span className="text-xs text-slate-500">{COMPONENT_LABEL[line.component]}</span>
                    </th>
                    <td className="break-words py-2 pr-3 font-mono text-xs text-slate-700">{line.formula}</td>
                    <td className="py-2 pr-3 text-xs text-slate-600">
                      <Badge tone={basis.tone}>{basis.word}</Badge> <span className="break-words">{line.source}</span>
                    </td>
                    <td className="py-2 text-right tabular-nums">
                      {unknown ? <span className="font-medium italic text-slate-600">unknown</span> : formatUsd(line.monthlyUsd)}
                    </td>
                  </tr>
                )
              })}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-300">
                <th scope="row" className="py-2 pr-3 text-left font-semibold" colSpan={2}>
                  Total {cost.complete ? '' : `(lower bound: ${cost.unknownLines.length} unknown)`}
                </th>
                <td className="py-2 pr-3 font-mono text-xs text-slate-500">{cost.formula}</td>
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
