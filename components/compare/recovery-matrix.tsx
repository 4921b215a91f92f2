import type { Comparison } from '@/lib/compare'
import { formatNumber, type Locale } from '@/lib/i18n'
import { Card } from '@/components/ui/card'
import { MODE_TONE } from '@/components/ui/tones'
import { differingScenarios } from './chart-data'
import { compareMessages } from './messages'

function rtoText(minutes: number | null, locale: Locale, unbounded: string): string {
  if (minutes === null) return unbounded
  return minutes >= 120 ? `${formatNumber(minutes / 60, locale, 1)} h` : `${formatNumber(minutes, locale, 1)} min`
}

/** The eight failure scenarios × the plans, each cell coloured by its mode with the RTO; rows where plans differ are marked. */
export function RecoveryMatrix({ comparison, names, locale, objectives }: { comparison: Comparison; names: string[]; locale: Locale; objectives: { rtoMinutes: number; rpoMinutes: number } }) {
  const m = compareMessages(locale)
  const differs = differingScenarios(comparison)
  return (
    <Card title={m.recovery.title} subtitle={m.recovery.subtitle(objectives.rtoMinutes, objectives.rpoMinutes)}>
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">{m.recovery.title}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th scope="col" className="w-[24%] py-2 pr-3 font-medium">
              {m.recovery.scenario}
            </th>
            {names.map((n, i) => (
              <th key={comparison.items[i]!.id} scope="col" className="px-1 py-2 text-center font-medium">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.scenarioIds.map((id) => {
            const differ = differs.has(id)
            return (
              <tr key={id} data-scenario={id} data-differs={differ || undefined} className={`border-b border-slate-100 last:border-0 ${differ ? 'bg-amber-50/60' : ''}`}>
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  <span className="text-slate-900">{m.scenarios[id]}</span>
                  {differ && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">{m.recovery.differs}</span>}
                </th>
                {comparison.items.map((item) => {
                  const s = item.recovery.scenarios[id]
                  return (
                    <td key={item.id} className="px-1 py-1.5">
                      <span className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 text-xs ring-1 ring-inset ${MODE_TONE[s.mode]}`}>
                        <span className="font-semibold">{m.modes[s.mode]}</span>
                        <span className="tabular-nums">{rtoText(s.rtoMinutes, locale, m.recovery.unbounded)}</span>
                      </span>
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300">
            <th scope="row" className="py-2 pr-3 text-left font-semibold">
              {m.recovery.automatic}
            </th>
            {comparison.items.map((item) => (
              <td key={item.id} className="py-2 text-center font-semibold tabular-nums">
                {item.recovery.autoCount}/{item.recovery.scenarioCount}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </Card>
  )
}
