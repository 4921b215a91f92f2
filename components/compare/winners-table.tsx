import type { Comparison, Stakeholder, Winner } from '@/lib/compare'
import type { Locale } from '@/lib/i18n/locale'
import { sayCompare } from '@/lib/i18n/catalog/say-compare'
import { Card } from '@/components/ui/card'
import { RecordTable } from '@/components/views/record-table'
import { compareSay } from './compare-say'

export const WINNER_TONE = 'bg-indigo-50 text-indigo-800 ring-indigo-600/30'

/** Small line icons (24 × 24 paths), so no glyph depends on the reader's fonts. */
const ICON_PATH: Record<Stakeholder, string> = {
  ops: 'M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4',
  business: 'M3 17l6-6 4 4 8-8M15 7h6v6',
  security: 'M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6z',
  finance: 'M12 3v18M17 7H9.5a3 3 0 0 0 0 6h5a3 3 0 0 1 0 6H6',
  cto: 'M12 13l4-4M4 18a9 9 0 1 1 16 0z',
}

function StakeholderIcon({ stakeholder }: { stakeholder: Stakeholder }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={ICON_PATH[stakeholder]} />
    </svg>
  )
}

/** One row per stakeholder: who wins, and the figures that decide it. */
export function WinnersTable({ comparison, winners, names, locale }: { comparison: Comparison; winners: Winner[]; names: string[]; locale: Locale }) {
  const w = compareSay(locale)
  const nameOf = new Map(comparison.items.map((item, i) => [item.id, names[i] ?? item.name]))
  return (
    <Card title={w('winners.title')} subtitle={w('winners.subtitle')}>
      <RecordTable
        minWidth="36rem"
        caption={w('winners.title')}
        fixed
        density="roomy"
        alignTop
        rows={winners}
        rowKey={(winner) => winner.stakeholder}
        rowMarks={(winner) => ({ 'data-stakeholder': winner.stakeholder })}
        columns={[
          {
            header: w('winners.stakeholder'),
            width: 'w-[19%]',
            className: 'font-normal',
            cell: ({ stakeholder }) => (
              <>
                <span className="flex items-center gap-2 font-semibold text-slate-900">
                  <span className="inline-flex h-6 w-6 items-center justify-center rounded-md bg-slate-100 text-slate-600">
                    <StakeholderIcon stakeholder={stakeholder} />
                  </span>
                  {w('stakeholder.name', { stakeholder })}
                </span>
                <span className="mt-0.5 block text-xs text-slate-500">{w('stakeholder.question', { stakeholder })}</span>
              </>
            ),
          },
          {
            header: w('winners.winner'),
            width: 'w-[23%]',
            cell: ({ winnerIds, reason }) => {
              const tie = winnerIds.length === comparison.items.length && comparison.items.length > 1
              if (reason.code === 'compare.winner.finance-cannot-tell') return <span className="font-medium text-amber-800">{w('winners.cannot-tell')}</span>
              if (winnerIds.length === 0) return <span className="text-slate-500">{w('winners.none')}</span>
              if (tie) return <span className="text-slate-600">{w('winners.tie')}</span>
              return (
                <ul className="flex flex-wrap gap-1.5">
                  {winnerIds.map((id) => (
                    <li key={id} className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${WINNER_TONE}`}>
                      ★ {nameOf.get(id)}
                    </li>
                  ))}
                </ul>
              )
            },
          },
          { header: w('winners.why'), className: 'text-slate-700', cell: ({ reason }) => sayCompare(locale, reason) },
        ]}
      />
    </Card>
  )
}
