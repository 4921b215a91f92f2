import { MAX_COMPARED, MIN_COMPARED } from '@/lib/compare'
import { compareHref, type DiffMode } from './read-selection'
import { compareSay } from './compare-say'
import type { Locale } from '@/lib/i18n/locale'
import { presetTitle } from '@/lib/i18n/catalog/say-presets'

type PickerState = { presetIds: string[]; links: string[]; locale: Locale; diffMode: DiffMode }

const CHIP = 'inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-xs font-medium'

/**
 * Chips for every preset: a selected one links to the comparison without it, another one to the
 * comparison with it. Plain links, so the page works before (and without) JavaScript.
 */
export function PlanPicker({
  state,
  presets,
  linkNames,
}: {
  state: PickerState
  presets: { id: string; title: string }[]
  /** Names of the scenario links in the comparison, in order. */
  linkNames: string[]
}) {
  const w = compareSay(state.locale)
  const total = state.presetIds.length + state.links.length
  const canRemove = total > MIN_COMPARED
  const canAdd = total < MAX_COMPARED
  const selected = new Set(state.presetIds)
  return (
    <section aria-labelledby="plan-picker-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="plan-picker-title" className="text-sm font-semibold text-slate-900">
          {w('picker.title')} <span className="font-normal tabular-nums text-slate-500">({total}/{MAX_COMPARED})</span>
        </h2>
        <p className="text-xs text-slate-500">{canAdd ? w('picker.hint') : w('picker.full')}</p>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2">
        {presets.map((p) => {
          const isSelected = selected.has(p.id)
          const enabled = isSelected ? canRemove : canAdd
          const next = isSelected ? state.presetIds.filter((id) => id !== p.id) : [...state.presetIds, p.id]
          const label = w(isSelected ? 'picker.remove' : 'picker.add', { name: presetTitle(state.locale, p) })
          const className = `${CHIP} ${isSelected ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white text-slate-700'}`
          return (
            <li key={p.id}>
              {enabled ? (
                <a href={compareHref({ ...state, presetIds: next })} aria-label={label} data-preset={p.id} className={`${className} hover:border-sky-500`}>
                  <span aria-hidden>{isSelected ? '✓' : '+'}</span>
                  {presetTitle(state.locale, p)}
                </a>
              ) : (
                <span aria-disabled="true" data-preset={p.id} title={isSelected ? w('picker.min-reached') : w('picker.max-reached')} className={`${className} cursor-not-allowed opacity-50`}>
                  <span aria-hidden>{isSelected ? '✓' : '+'}</span>
                  {presetTitle(state.locale, p)}
                </span>
              )}
            </li>
          )
        })}
        {state.links.map((link, i) => (
          <li key={link}>
            {canRemove ? (
              <a
                href={compareHref({ ...state, links: state.links.filter((l) => l !== link) })}
                aria-label={w('picker.remove-link', { position: i + 1, name: linkNames[i] ?? '' })}
                className={`${CHIP} border-emerald-600 bg-emerald-50 text-emerald-900 hover:border-emerald-500`}
              >
                <span aria-hidden>✓</span>
                {w('picker.link-name', { position: i + 1, name: linkNames[i] ?? '' })}
              </a>
            ) : (
              <span aria-disabled="true" title={w('picker.min-reached')} className={`${CHIP} border-emerald-600 bg-emerald-50 text-emerald-900 opacity-50`}>
                {w('picker.link-name', { position: i + 1, name: linkNames[i] ?? '' })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
