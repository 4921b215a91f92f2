import type { Comparison } from '@/lib/compare'
import { formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { saySecurity } from '@/lib/i18n/catalog/say-security'
import { Badge } from '@/components/ui/badge'
import type { Column } from '@/components/ui/data-table'
import { SEVERITY_TONE } from '@/components/ui/tones'
import { RecordTable } from '@/components/views/record-table'
import { compareSay } from './compare-say'

/** p95 at the peak for every service, aligned by service id across the plans. */
type ServiceRow = Comparison['services'][number]

export function ServiceLatencyTable({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const w = compareSay(locale)
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-sky-800">{w('latency.per-service')}</summary>
      <RecordTable
        minWidth={`${10 + 7 * comparison.items.length}rem`}
        caption={w('latency.per-service')}
        density="tight"
        className="mt-2"
        rows={comparison.services}
        rowKey={(row) => row.serviceId}
        columns={[
          { header: w('latency.service'), className: 'font-normal text-slate-900', cell: (row) => row.name },
          ...comparison.items.map(
            (item, i): Column<ServiceRow> => ({
              key: item.id,
              header: names[i] ?? item.name,
              align: 'right',
              className: (row) => {
                const cell = row.cells[i]
                return cell && !cell.meetsSla ? 'font-semibold text-rose-700' : ''
              },
              cell: (row) => {
                const cell = row.cells[i]
                if (!cell) return <span className="text-slate-500">{w('latency.not-in-plan')}</span>
                if (cell.peakP95Ms === null) return w('overloaded')
                return `${formatNumber(Math.round(cell.peakP95Ms), locale)} ms · ${cell.peakTasks}/${cell.maxTasks}`
              },
            }),
          ),
        ]}
      />
    </details>
  )
}

/** Each plan's findings, in the engine's order (high first). */
export function FindingsList({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const w = compareSay(locale)
  return (
    <div className="mt-3 space-y-1 text-sm">
      {comparison.items.map((item, i) => (
        <details key={item.id}>
          <summary className="cursor-pointer text-xs font-medium text-sky-800">
            {w('findings.list', { name: names[i] ?? item.name, count: item.security.findings.length })}
          </summary>
          {item.security.findings.length === 0 ? (
            <p className="mt-1 text-xs text-slate-500">{w('findings.none')}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {item.security.findings.map((f) => (
                <li key={f.id} className="flex gap-2 text-xs text-slate-700">
                  <Badge tone={SEVERITY_TONE[f.severity]}>{w('severity', { severity: f.severity })}</Badge>
                  <span>{saySecurity(locale, f.message)}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  )
}
