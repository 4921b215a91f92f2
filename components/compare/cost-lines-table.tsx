import type { Comparison } from '@/lib/compare'
import { formatUsd } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { Card } from '@/components/ui/card'
import type { Column } from '@/components/ui/data-table'
import { costComponentNames, sayCost } from '@/lib/i18n/catalog/say-cost'
import { RecordTable } from '@/components/views/record-table'
import { compareSay } from './compare-say'

type CostLineRow = Comparison['costLines'][number]

const HATCHED = { backgroundImage: 'repeating-linear-gradient(45deg, #e2e8f0 0 2px, transparent 2px 6px)' }

/** Every cost line across the plans: known, unknown (hatched, in words) or absent (—). */
export function CostLinesTable({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const w = compareSay(locale)
  const componentNames = costComponentNames(locale)
  return (
    <Card title={w('lines.title')} subtitle={w('lines.subtitle')}>
      <RecordTable
        minWidth={`${16 + 7 * comparison.items.length}rem`}
        caption={w('lines.title')}
        fixed
        density="compact"
        rows={comparison.costLines}
        rowKey={(line) => line.id}
        rowMarks={(line) => ({ 'data-line': line.id })}
        columns={[
          {
            header: w('lines.line'),
            width: 'w-[40%]',
            className: 'font-normal',
            cell: (line) => (
              <>
                <span className="text-slate-900">{sayCost(locale, line.label)}</span>
                <span className="ml-2 text-xs text-slate-500">{componentNames[line.component]}</span>
              </>
            ),
          },
          ...comparison.items.map(
            (item, i): Column<CostLineRow> => ({
              key: item.id,
              header: names[i] ?? item.name,
              align: 'right',
              marks: (line) => {
                const state = line.cells[i]?.state
                return { 'data-state': state, style: state === 'unknown' ? HATCHED : undefined }
              },
              cell: (line) => {
                const cell = line.cells[i]
                if (cell?.state === 'known') return formatUsd(cell.monthlyUsd, locale)
                if (cell?.state === 'unknown') return <span className="font-medium italic text-slate-700">{w('lines.unknown')}</span>
                return (
                  <span className="text-slate-500" aria-label={w('lines.absent-label')}>
                    —
                  </span>
                )
              },
            }),
          ),
        ]}
        footer={{ label: w('lines.total'), cells: comparison.items.map((item) => ({ content: `${item.cost.complete ? '' : '≥ '}${formatUsd(item.cost.monthlyUsd, locale)}` })) }}
      />
    </Card>
  )
}
