'use client'

import type { ReactNode } from 'react'
import { formatKrw, formatMs, formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { FrozenFigures } from '@/lib/decisions/types'
import type { WorkspaceWords } from './use-workspace-words'

type FiguresRow = { key: string; label: ReactNode; figures: FrozenFigures | null; highlight?: boolean; note?: ReactNode }

const GOOD = 'text-emerald-700'
const BAD = 'text-rose-700'

/** One row per plan: monthly cost, budget, automatic recovery, p95 at peak, high findings. Leaf view: props only. */
export function FiguresTable({ rows, words: w, locale, caption }: { rows: FiguresRow[]; words: WorkspaceWords; locale: Locale; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-xs tabular-nums [&_td]:whitespace-nowrap">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50 text-[11px] text-slate-500">
          <tr>
            <th scope="col" className="px-2.5 py-1.5 font-medium">
              {w('plan')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium" title={w('monthlyCost')}>
              {w('colCost')}
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium">
              {w('budget')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium" title={w('autoRecovery')}>
              {w('colRecovery')}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium" title={w('p95')}>
              {w('colP95')}
            </th>
            <th scope="col" className="px-2.5 py-1.5 text-right font-medium" title={w('highFindings')}>
              {w('colHigh')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`border-t border-slate-100 align-top ${row.highlight ? 'bg-sky-50/70' : 'bg-white'}`}>
              <th scope="row" className="px-2.5 py-1.5 font-medium text-slate-800">
                {row.label}
                {row.note && <div className="mt-0.5 font-normal text-rose-700">{row.note}</div>}
              </th>
              {row.figures ? <FigureCells figures={row.figures} words={w} locale={locale} /> : <td colSpan={5} className="px-2 py-1.5 text-slate-500">—</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function FigureCells({ figures: f, words: w, locale }: { figures: FrozenFigures; words: WorkspaceWords; locale: Locale }) {
  return (
    <>
      <td className="px-2 py-1.5 text-right text-slate-900" title={f.costComplete ? undefined : w('lowerBound')}>
        {formatUsd(f.monthlyUsd, locale)}
        {!f.costComplete && '+'}
        <div className="text-[11px] text-slate-500">{formatKrw(f.monthlyKrw, locale)}</div>
      </td>
      <td className={`px-2 py-1.5 font-medium ${f.withinBudget ? GOOD : BAD}`}>{f.withinBudget ? w('within') : w('over')}</td>
      <td className="px-2 py-1.5 text-right text-slate-900">
        {f.autoRecovered}/{f.scenarioCount}
      </td>
      <td className={`px-2 py-1.5 text-right font-medium ${f.meetsSla ? GOOD : BAD}`}>{f.worstP95Ms === null ? w('overloaded') : formatMs(f.worstP95Ms, locale)}</td>
      <td className={`px-2.5 py-1.5 text-right font-medium ${f.highFindings > 0 ? BAD : GOOD}`}>{f.highFindings}</td>
    </>
  )
}
