'use client'

import type { Judged } from '@/lib/advise/goals'
import type { AdviceResult, Proposal } from '@/lib/advise/types'
import type { Locale } from '@/lib/i18n/locale'
import type { Column } from '@/components/ui/data-table'
import { StackedRecords } from '@/components/views/record-table'
import { ScrollX } from '@/components/views/scroll-x'
import { advisorSay } from './advisor-say'
import { changeLines, figureRows, goalRows, type FigureRow } from './preview-rows'

const TONE: Record<FigureRow['tone'], string> = { better: 'text-emerald-800', worse: 'text-rose-800', same: 'text-slate-500' }

/** The preview's heading: the best design, a frontier design by its place, or a closest design. */
function titleOf(result: AdviceResult, proposal: Proposal, locale: Locale): string {
  const w = advisorSay(locale)
  if (proposal === result.best) return w('preview.title.best')
  // When none meets every goal, a design is named by how close it is, even if it is on the frontier too.
  const closest = result.best ? -1 : result.closest.indexOf(proposal)
  if (closest >= 0) return w('preview.title.closest', { rank: closest + 1 })
  return w('preview.title.frontier', { rank: result.frontier.indexOf(proposal) + 1 })
}

/** The figures as records on a phone: the table's three columns under each figure's name. */
function figureColumns(locale: Locale): Column<FigureRow>[] {
  const w = advisorSay(locale)
  return [
    { header: '', cell: (row) => row.label },
    { header: w('preview.this-design'), className: 'tabular-nums text-slate-900', cell: (row) => row.design },
    { header: w('preview.current-design'), className: 'tabular-nums text-slate-600', cell: (row) => row.current },
    { header: w('preview.difference'), className: (row) => `tabular-nums ${TONE[row.tone]}`, cell: (row) => row.difference },
  ]
}

type PreviewProps = { locale: Locale; result: AdviceResult; proposal: Proposal; current: Judged; canApply: boolean; onApply: (proposal: Proposal) => void }

/** One design in detail: its figures against the current design's, the goals it meets or misses, its changes, and Apply. */
export function AdvisorPreview({ locale, result, proposal, current, canApply, onApply }: PreviewProps) {
  const w = advisorSay(locale)
  const changes = changeLines(proposal, locale)
  const figures = figureRows(proposal, current, locale)
  return (
    <section data-testid="advisor-preview" aria-label={titleOf(result, proposal, locale)} className="@container rounded-lg border border-slate-300 bg-slate-50 p-4">
      <header className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{titleOf(result, proposal, locale)}</h3>
          <p className="mt-0.5 text-xs text-slate-500">{w('apply-hint')}</p>
        </div>
        <button
          type="button"
          disabled={!canApply || changes.length === 0}
          onClick={() => onApply(proposal)}
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:bg-slate-300"
        >
          {w('apply')}
        </button>
      </header>
      {/* Side by side only where the figures table keeps its columns on one line each. */}
      <div className="grid gap-4 @4xl:grid-cols-2">
        <div className="min-w-0 space-y-3">
          {/* The preview sits on slate-50. */}
          <ScrollX cover="#f8fafc" className="hidden sm:block">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{titleOf(result, proposal, locale)}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <td className="py-1 pr-3" />
                  <th scope="col" className="py-1 pr-3 font-medium">{w('preview.this-design')}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">{w('preview.current-design')}</th>
                  <th scope="col" className="py-1 font-medium">{w('preview.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((row) => (
                  <tr key={row.figure} data-figure={row.figure} className="border-b border-slate-100 align-top last:border-b-0">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-900">{row.label}</th>
                    <td className="py-1.5 pr-3 tabular-nums text-slate-900">{row.design}</td>
                    <td className="py-1.5 pr-3 tabular-nums text-slate-600">{row.current}</td>
                    <td className={`whitespace-nowrap py-1.5 tabular-nums ${TONE[row.tone]}`}>{row.difference}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
          <StackedRecords caption={titleOf(result, proposal, locale)} columns={figureColumns(locale)} rows={figures} rowKey={(row) => row.figure} />
          <div>
            <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{w('preview.goals')}</h4>
            <ul className="mt-1 space-y-0.5 text-sm">
              {goalRows(proposal, locale).map((row) => (
                <li key={row.goal} data-goal={row.goal} data-met={row.met} className={`flex gap-2 ${row.met ? 'text-emerald-800' : 'text-rose-800'}`}>
                  <span aria-hidden>{row.met ? '✓' : '✗'}</span>
                  {row.text}
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="min-w-0">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{w('preview.changes')}</h4>
          {changes.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">{w('preview.no-changes')}</p>
          ) : (
            <ul data-testid="advisor-changes" className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {changes.map((line, i) => (
                <li key={i} className="break-words">{line}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  )
}
