import type { ConfigChange, EffectTone } from '@/lib/compare'
import type { Locale } from '@/lib/i18n/locale'
import { changeWords } from '@/lib/i18n/catalog/say-compare'
import { Card } from '@/components/ui/card'
import { RecordTable } from '@/components/views/record-table'
import { compareSay } from './compare-say'
import type { DiffMode } from './read-selection'

const EFFECT_TONE: Record<EffectTone, string> = {
  'costs-more': 'bg-rose-50 text-rose-800 ring-rose-600/25',
  saves: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25',
  better: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25',
  worse: 'bg-rose-50 text-rose-800 ring-rose-600/25',
  unknown: 'bg-amber-50 text-amber-900 ring-amber-600/25',
  neutral: 'bg-slate-50 text-slate-600 ring-slate-300',
}

export type PairDiff = { from: { id: string; name: string }; to: { id: string; name: string }; changes: ConfigChange[] }

/** The config diff between pairs of plans, each change with what it does on its own. */
export function ConfigDiff({ pairs, locale, mode, modeHref }: { pairs: PairDiff[]; locale: Locale; mode: DiffMode; modeHref: Record<DiffMode, string> }) {
  const w = compareSay(locale)
  const toggle = (
    <nav aria-label={w('diff.title')} className="flex shrink-0 rounded-lg border border-slate-300 p-0.5 text-xs font-medium">
      {(['consecutive', 'first'] as const).map((value) => (
        <a
          key={value}
          href={modeHref[value]}
          aria-current={mode === value ? 'true' : undefined}
          className={`rounded-md px-2.5 py-1 ${mode === value ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'}`}
        >
          {value === 'consecutive' ? w('diff.consecutive') : w('diff.against-first')}
        </a>
      ))}
    </nav>
  )
  return (
    // Beside the title from a tablet up; on a phone, where the title would leave it a sliver, on its own line under it.
    <Card title={w('diff.title')} subtitle={w('diff.subtitle')} actions={<div className="hidden sm:block">{toggle}</div>}>
      <div className="mb-3 sm:hidden">{toggle}</div>
      <div className="space-y-5">
        {pairs.map((pair) => (
          <section key={`${pair.from.id}→${pair.to.id}`} data-diff={`${pair.from.id}→${pair.to.id}`} aria-label={w('diff.caption', { from: pair.from.name, to: pair.to.name })}>
            <h4 className="mb-1.5 text-sm font-semibold text-slate-900">
              {pair.from.name} <span className="text-slate-500">→</span> {pair.to.name}
            </h4>
            {pair.changes.length === 0 ? (
              <p className="text-sm text-slate-500">{w('diff.same')}</p>
            ) : (
              <RecordTable
                minWidth="40rem"
                caption={w('diff.caption', { from: pair.from.name, to: pair.to.name })}
                fixed
                density="compact"
                alignTop
                rows={pair.changes.map((change) => ({ ...change, words: changeWords(locale, change) }))}
                rowKey={(change) => change.path}
                rowMarks={(change) => ({ 'data-path': change.path })}
                columns={[
                  {
                    header: w('diff.change'),
                    width: 'w-[24%]',
                    className: 'font-medium text-slate-900',
                    cell: (change) => (
                      <>
                        {change.words.label}
                        {change.fields && change.fields.length > 0 && (
                          <span className="mt-0.5 block break-words font-mono text-[11px] font-normal text-slate-500">{w('diff.fields', { fields: change.fields.slice(0, 4), more: change.fields.length > 4 })}</span>
                        )}
                      </>
                    ),
                  },
                  { header: w('diff.from'), width: 'w-[17%]', className: 'break-words text-slate-600', cell: (change) => change.words.from || '—' },
                  { header: w('diff.to'), width: 'w-[17%]', className: 'break-words text-slate-900', cell: (change) => change.words.to || '—' },
                  {
                    header: w('diff.effect'),
                    cell: (change) => (
                      <ul className="flex flex-wrap gap-1">
                        {change.words.effects.map((effect, i) => (
                          <li key={i} className={`rounded-md px-2 py-0.5 text-xs ring-1 ring-inset ${EFFECT_TONE[change.effectTones[i] ?? 'neutral']}`}>
                            {effect}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )}
          </section>
        ))}
      </div>
    </Card>
  )
}
