import type { Comparison } from '@/lib/compare'
import { findingText, formatNumber, type Locale } from '@/lib/i18n'
import { Badge } from '@/components/ui/badge'
import { SEVERITY_TONE } from '@/components/ui/tones'
import { compareMessages } from './messages'

/** p95 at the peak for every service, aligned by service id across the plans. */
export function ServiceLatencyTable({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const m = compareMessages(locale)
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-sky-800">{m.latency.perService}</summary>
      <table className="mt-2 w-full border-collapse text-xs">
        <caption className="sr-only">{m.latency.perService}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className="py-1 pr-2 font-medium">{m.latency.service}</th>
            {names.map((n, i) => (
              <th key={comparison.items[i]!.id} scope="col" className="py-1 pl-2 text-right font-medium">{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.services.map((row) => (
            <tr key={row.serviceId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 pr-2 text-left font-normal text-slate-900">{row.name}</th>
              {row.cells.map((cell, i) => (
                <td key={comparison.items[i]!.id} className={`py-1 pl-2 text-right tabular-nums ${cell && !cell.meetsSla ? 'font-semibold text-rose-700' : ''}`}>
                  {cell === null ? (
                    <span className="text-slate-500">{m.latency.notInPlan}</span>
                  ) : cell.peakP95Ms === null ? (
                    m.cards.overloaded
                  ) : (
                    `${formatNumber(Math.round(cell.peakP95Ms), locale)} ms · ${cell.peakTasks}/${cell.maxTasks}`
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

/** Each plan's findings, in the engine's order (high first). */
export function FindingsList({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const m = compareMessages(locale)
  return (
    <div className="mt-3 space-y-1 text-sm">
      {comparison.items.map((item, i) => (
        <details key={item.id}>
          <summary className="cursor-pointer text-xs font-medium text-sky-800">
            {m.findings.list}: {names[i]} ({item.security.findings.length})
          </summary>
          {item.security.findings.length === 0 ? (
            <p className="mt-1 text-xs text-slate-500">{m.findings.none}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {item.security.findings.map((f) => (
                <li key={f.id} className="flex gap-2 text-xs text-slate-700">
                  <Badge tone={SEVERITY_TONE[f.severity]}>{m.severities[f.severity]}</Badge>
                  <span>{findingText(f, locale).message}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  )
}
