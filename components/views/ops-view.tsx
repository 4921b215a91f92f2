import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { MODE_FILL, MODE_TONE } from '@/components/ui/tones'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { modeWord, partLabel, type RecoveryMode } from '@/lib/recovery'
import { formatDurationShort } from '@/lib/i18n/format'
import { nameSinglePoint } from './name-single-point'
import { RecordTable } from './record-table'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'

const MODES: readonly RecoveryMode[] = ['auto', 'partial', 'manual']

/** "Which failures recover by themselves, and how fast?": the eight failure scenarios, one row each. */
export function OpsView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const { recovery } = evaluation
  const objectives = scenario.requirements.recovery
  const rto = formatDurationShort(objectives.rtoMinutes, locale)
  const rpo = formatDurationShort(objectives.rpoMinutes, locale)
  const counts: Record<RecoveryMode, number> = { auto: recovery.autoCount, partial: recovery.partialCount, manual: recovery.manualCount }
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={w('coverage-title')} subtitle={w('coverage-subtitle')} className="lg:col-span-2">
          <p className="text-sm text-slate-900">
            <span className="text-2xl font-semibold tabular-nums">
              {w('coverage-figure', { auto: recovery.autoCount, total: recovery.scenarios.length })}
            </span>{' '}
            {w('coverage-tail')}
          </p>
          <p className="mt-1 font-mono text-xs text-slate-500">{sayRecovery(locale, recovery.coverage.formula)}</p>
          <div className="mt-3 flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
            {MODES.map((mode) => (
              <div key={mode} style={{ flexGrow: counts[mode], backgroundColor: MODE_FILL[mode] }} />
            ))}
          </div>
          <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600">
            {MODES.map((mode) => (
              <li key={mode} className="flex items-center gap-1.5">
                <Badge tone={MODE_TONE[mode]}>{sayRecovery(locale, modeWord(mode))}</Badge>
                <span className="tabular-nums">{counts[mode]}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={w('objectives-title')} subtitle={w('objectives-subtitle')}>
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-500">{w('col-rto')}</dt>
            <dd className="text-right font-medium tabular-nums">≤ {rto}</dd>
            <dt className="text-slate-500">{w('col-rpo')}</dt>
            <dd className="text-right font-medium tabular-nums">≤ {rpo}</dd>
          </dl>
          <p className="mt-3 text-xs text-slate-500">{w('spof')}</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {recovery.singlePointsOfFailure.length === 0 && <li className="text-sm text-slate-600">{w('none')}</li>}
            {recovery.singlePointsOfFailure.map((id) => (
              <li key={id}>
                <Badge tone="bg-slate-50 text-slate-700 ring-slate-300">{nameSinglePoint(id, locale)}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <Card title={w('scenarios-title')} subtitle={w('scenarios-subtitle', { rto, rpo })}>
        <RecordTable
          minWidth="58rem"
          caption={w('scenarios-caption')}
          fixed
          density="roomy"
          alignTop
          rows={recovery.scenarios.map((s) => ({
            s,
            says: { title: sayRecovery(locale, s.title), reason: sayRecovery(locale, s.reason), steps: s.steps.map((step) => sayRecovery(locale, step)), improvement: s.improvement && sayRecovery(locale, s.improvement) },
          }))}
          rowKey={({ s }) => s.id}
          rowMarks={({ s }) => ({ 'data-scenario': s.id })}
          columns={[
            { header: w('col-scenario'), width: 'w-[13%]', className: 'font-medium text-slate-900', cell: ({ says }) => says.title },
            { header: w('col-mode'), width: 'w-[8%]', cell: ({ s }) => <Badge tone={MODE_TONE[s.mode]}>{sayRecovery(locale, modeWord(s.mode))}</Badge> },
            { header: w('col-rto'), width: 'w-[9%]', align: 'right', cell: ({ s }) => formatDurationShort(s.rtoMinutes, locale) },
            { header: w('col-rpo'), width: 'w-[9%]', align: 'right', cell: ({ s }) => formatDurationShort(s.rpoMinutes, locale) },
            {
              header: w('col-meets'),
              width: 'w-[7%]',
              align: 'center',
              cell: ({ s }) =>
                s.meetsObjectives ? (
                  <span className="font-semibold text-emerald-700" aria-label={w('meets-objectives')}>✓</span>
                ) : (
                  <span className="font-semibold text-rose-700" aria-label={w('misses-objectives')}>✗</span>
                ),
            },
            {
              header: w('col-why'),
              width: 'w-[35%]',
              cell: ({ s, says }) => (
                <details className="group text-slate-700">
                  <summary className="cursor-pointer list-none text-sm marker:hidden">
                    {/* The whole reason, never clamped: a clamp hid its end from whoever did not open the row. */}
                    <span className="block">{says.reason}</span>
                    <span className="mt-0.5 block text-xs font-medium text-sky-700 group-open:hidden">{w('show-steps')}</span>
                  </summary>
                  {s.parts && (
                    // Each part's reason is also one of the steps below; the chips say at a glance which parts need a person.
                    <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={w('parts-of-scenario')}>
                      {s.parts.map((part) => (
                        <li key={part.component}>
                          <Badge tone={MODE_TONE[part.mode]}>
                            {sayRecovery(locale, partLabel(part.component))}: {sayRecovery(locale, modeWord(part.mode))}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                  <ol className="mt-2 list-decimal space-y-0.5 pl-5 text-xs text-slate-600">
                    {says.steps.map((step, i) => (
                      <li key={i}>{step}</li>
                    ))}
                  </ol>
                </details>
              ),
            },
            { header: w('col-change'), width: 'w-[19%]', className: 'text-slate-700', cell: ({ says }) => says.improvement ?? <span className="text-slate-500">{w('already-automatic')}</span> },
          ]}
        />
      </Card>
    </div>
  )
}
