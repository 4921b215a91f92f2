import { sayMiss } from '@/lib/i18n/catalog/say-advise'
import { RecordTable } from '@/components/views/record-table'
import type { AdviceResult, Proposal } from '@/lib/advise/types'
import { formatMs, formatPercent, formatWon } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { advisorSay } from './advisor-say'

type Row = { rank: number; proposal: Proposal }

/**
 * The designs as a table, each with a Preview button: the chart's points reachable by keyboard and
 * screen reader, with the same figures. On a phone, one record per design.
 */
export function ProposalTable({
  locale,
  proposals,
  caption,
  buttonLabel,
  sayMisses = 'goals',
  previewed,
  onPick,
}: {
  locale: Locale
  proposals: AdviceResult['frontier']
  caption: string
  /** The Preview button's words for a row: "Preview design 2". */
  buttonLabel: (rank: number) => string
  /** `goals` names the goals a design misses; `amounts` says by how much (the closest designs, when none meets every goal). */
  sayMisses?: 'goals' | 'amounts'
  previewed: Proposal | null
  onPick: (p: Proposal) => void
}) {
  const w = advisorSay(locale)
  const rows: Row[] = proposals.map((proposal, i) => ({ rank: i + 1, proposal }))
  return (
    <RecordTable
      caption={caption}
      density="compact"
      rows={rows}
      rowKey={(row) => String(row.rank)}
      rowMarks={(row) => ({ 'data-rank': String(row.rank), className: row.proposal === previewed ? 'bg-sky-50' : undefined })}
      columns={[
        { header: w('column', { column: 'rank' }), align: 'right', className: 'font-medium text-slate-900', cell: (row) => row.rank },
        { header: w('column', { column: 'cost' }), align: 'right', cell: (row) => formatWon(row.proposal.monthlyKrw, locale) },
        { header: w('column', { column: 'coverage' }), align: 'right', cell: (row) => formatPercent(row.proposal.coverage) },
        { header: w('column', { column: 'p95' }), align: 'right', cell: (row) => formatMs(row.proposal.p95Ms ?? Infinity, locale) },
        { header: w('column', { column: 'changes' }), align: 'right', cell: (row) => row.proposal.changes.length },
        {
          header: w('column', { column: 'goals' }),
          className: (row) => (row.proposal.misses.length === 0 ? 'text-emerald-800' : 'text-rose-800'),
          cell: (row) =>
            row.proposal.misses.length === 0
              ? w('meets-all')
              : sayMisses === 'amounts'
                ? row.proposal.misses.map((miss) => sayMiss(locale, miss)).join('; ')
                : row.proposal.misses.map(({ goal }) => w('goal', { goal })).join(', '),
        },
        {
          header: <span className="sr-only">{w('column', { column: 'preview' })}</span>,
          align: 'right',
          cell: (row) => (
            <button
              type="button"
              aria-pressed={row.proposal === previewed}
              onClick={() => onPick(row.proposal)}
              className="rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white"
            >
              {buttonLabel(row.rank)}
            </button>
          ),
        },
      ]}
    />
  )
}
