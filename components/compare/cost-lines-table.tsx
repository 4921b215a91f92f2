import type { Comparison } from '@/lib/compare'
import { formatUsd, type Locale } from '@/lib/i18n'
import { Card } from '@/components/ui/card'
import { compareMessages } from './messages'
import { translateNotation } from '@/lib/i18n'

const HATCHED = { backgroundImage: 'repeating-linear-gradient(45deg, #e2e8f0 0 2px, transparent 2px 6px)' }

/** Every cost line across the plans: known, unknown (hatched, in words) or absent (—). */
export function CostLinesTable({ comparison, names, locale }: { comparison: Comparison; names: string[]; locale: Locale }) {
  const m = compareMessages(locale)
  return (
    <Card title={m.lines.title} subtitle={m.lines.subtitle}>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{m.lines.title}</caption>
          <colgroup>
            <col className="w-[40%]" />
            {names.map((_, i) => (
              <col key={i} />
            ))}
          </colgroup>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="py-2 pr-3 font-medium">
                {m.lines.line}
              </th>
              {names.map((n, i) => (
                <th key={comparison.items[i]!.id} scope="col" className="py-2 pl-3 text-right font-medium">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.costLines.map((line) => (
              <tr key={line.id} data-line={line.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  <span className="text-slate-900">{translateNotation(line.label, locale)}</span>
                  <span className="ml-2 text-xs text-slate-500">{m.components[line.component]}</span>
                </th>
                {line.cells.map((cell, i) => (
                  <td
                    key={comparison.items[i]!.id}
                    data-state={cell.state}
                    className="py-1.5 pl-3 text-right tabular-nums"
                    style={cell.state === 'unknown' ? HATCHED : undefined}
                  >
                    {cell.state === 'known' ? (
                      formatUsd(cell.monthlyUsd, locale)
                    ) : cell.state === 'unknown' ? (
                      <span className="font-medium italic text-slate-700">{m.lines.unknown}</span>
                    ) : (
                      <span className="text-slate-500" aria-label={locale === 'ko' ? '없음' : 'not in this plan'}>
                        {m.lines.absent}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300">
              <th scope="row" className="py-2 pr-3 text-left font-semibold">
                {m.lines.total}
              </th>
              {comparison.items.map((item) => (
                <td key={item.id} className="py-2 pl-3 text-right font-semibold tabular-nums">
                  {item.cost.complete ? '' : '≥ '}
                  {formatUsd(item.cost.monthlyUsd, locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  )
}
