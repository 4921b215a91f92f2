import type { Locale } from '@/lib/i18n'
import { sayNarrative } from '@/lib/i18n/catalog/say-narrative'
import type { Narrative } from '@/lib/narrative'
import { keepUnits } from './keep-units'
import { VERDICT_CHIP, VERDICT_FILL } from './verdict-style'

/** The five stakeholders' headlines, each with its verdict colour. */
export function SummaryVisual({ narrative, locale }: { narrative: Narrative; locale: Locale }) {
  const stakeholders = narrative.sections.filter((s) => s.id !== 'summary')
  return (
    <ul className="present-visual flex w-full flex-col gap-3 print:gap-2">
      {stakeholders.map((s) => (
        <li key={s.id} className="flex items-start gap-4 rounded-xl border border-slate-200 bg-white px-5 py-3.5 print:py-2.5" data-stakeholder={s.id}>
          <span className="mt-2 h-4 w-4 shrink-0 rounded-full" style={{ backgroundColor: VERDICT_FILL[s.verdict] }} aria-hidden />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">{s.title}</p>
            <p className="text-xl font-semibold leading-snug text-slate-900 print:text-lg">{keepUnits(s.headline)}</p>
          </div>
          <span className={`mt-1 shrink-0 rounded-md px-2.5 py-1 text-sm font-semibold ring-1 ring-inset ${VERDICT_CHIP[s.verdict]}`}>{sayNarrative(locale, { code: 'narrative.verdict', params: { verdict: s.verdict } })}</span>
        </li>
      ))}
    </ul>
  )
}
