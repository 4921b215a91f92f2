import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import { sayNarrative } from '@/lib/i18n/catalog/say-narrative'
import type { RecoveryMode } from '@/lib/recovery'
import { presentSay } from './present-say'

const MODES: readonly RecoveryMode[] = ['auto', 'partial', 'manual']
const MODE_FILL: Record<RecoveryMode, string> = { auto: '#059669', partial: '#d97706', manual: '#e11d48' }
const MODE_TILE: Record<RecoveryMode, string> = {
  auto: 'border-l-emerald-600 bg-emerald-50/60',
  partial: 'border-l-amber-500 bg-amber-50/60',
  manual: 'border-l-rose-600 bg-rose-50/60',
}

/** How many of the eight failures fix themselves, partly, or need a person; then each one as a tile. */
export function OpsVisual({ evaluation, locale }: { evaluation: Evaluation; locale: Locale }) {
  const say = presentSay(locale)
  const { recovery } = evaluation
  const counts: Record<RecoveryMode, number> = { auto: recovery.autoCount, partial: recovery.partialCount, manual: recovery.manualCount }
  return (
    <figure className="present-visual flex w-full flex-col gap-5">
      <ul className="grid grid-cols-3 gap-3">
        {MODES.map((mode) => (
          <li key={mode} className="rounded-xl border border-slate-200 px-4 py-3">
            <span className="block text-5xl font-semibold tabular-nums" style={{ color: MODE_FILL[mode] }}>
              {counts[mode]}
            </span>
            <span className="text-base font-medium text-slate-700">{say('present.ops.mode', { mode })}</span>
          </li>
        ))}
      </ul>
      <div className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
        {MODES.map((mode) => (
          <div key={mode} style={{ flexGrow: counts[mode], backgroundColor: MODE_FILL[mode] }} />
        ))}
      </div>
      <ul className="grid grid-cols-2 gap-2.5">
        {recovery.scenarios.map((s) => (
          <li key={s.id} className={`rounded-lg border border-l-[6px] border-slate-200 px-3 py-2 print:py-1.5 ${MODE_TILE[s.mode]}`}>
            <span className="block text-base font-semibold leading-snug text-slate-900">{sayNarrative(locale, { code: 'narrative.scenario-title', params: { id: s.id } })}</span>
            <span className="text-sm text-slate-600">
              {say('present.ops.tile', { mode: s.mode, rtoMinutes: s.rtoMinutes })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
