import type { Comparison } from '@/lib/compare'
import { modeWord, scenarioTitle } from '@/lib/recovery/recovery-reasons'
import type { ScenarioId } from '@/lib/recovery/scenario-ids'
import { formatDurationShort } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { Card } from '@/components/ui/card'
import type { Column } from '@/components/ui/data-table'
import { MODE_TONE } from '@/components/ui/tones'
import { RecordTable } from '@/components/views/record-table'
import { differingScenarios } from './chart-data'
import { compareSay } from './compare-say'

/** The failure scenarios the plans have × the plans (eight each; an egress scenario only one plan has leaves a dash in the others), each cell coloured by its mode with the RTO; rows where plans differ are marked. */
export function RecoveryMatrix({ comparison, names, locale, objectives }: { comparison: Comparison; names: string[]; locale: Locale; objectives: { rtoMinutes: number; rpoMinutes: number } }) {
  const w = compareSay(locale)
  const differs = differingScenarios(comparison)
  return (
    <Card title={w('recovery.title')} subtitle={w('recovery.subtitle', objectives)}>
      <RecordTable
        minWidth={`${10 + 9.5 * comparison.items.length}rem`}
        caption={w('recovery.title')}
        fixed
        density="compact"
        rows={comparison.scenarioIds.map((id) => ({ id, differ: differs.has(id) }))}
        rowKey={({ id }) => id}
        rowMarks={({ id, differ }) => ({ 'data-scenario': id, 'data-differs': differ || undefined, className: differ ? 'bg-amber-50/60' : undefined })}
        columns={[
          {
            header: w('recovery.scenario'),
            width: 'w-[24%]',
            className: 'font-normal',
            cell: ({ id, differ }) => (
              <>
                <span className="text-slate-900">{sayRecovery(locale, scenarioTitle(id))}</span>
                {differ && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">{w('recovery.differs')}</span>}
              </>
            ),
          },
          ...comparison.items.map(
            (item, i): Column<{ id: ScenarioId }> => ({
              key: item.id,
              header: names[i] ?? item.name,
              align: 'center',
              cell: ({ id }) => {
                const s = item.recovery.scenarios[id]
                // The plan's design has another egress path, so this scenario is not one of its eight.
                if (!s) return <span className="text-slate-400">—</span>
                return (
                  <span className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 text-xs ring-1 ring-inset ${MODE_TONE[s.mode]}`}>
                    <span className="font-semibold">{sayRecovery(locale, modeWord(s.mode))}</span>
                    <span className="tabular-nums">{s.rtoMinutes === null ? w('recovery.unbounded') : formatDurationShort(s.rtoMinutes, locale)}</span>
                  </span>
                )
              },
            }),
          ),
        ]}
        footer={{ label: w('recovery.automatic'), cells: comparison.items.map((item) => ({ content: `${item.recovery.autoCount}/${item.recovery.scenarioCount}` })) }}
      />
    </Card>
  )
}
