import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { buildLatencyChart } from './latency-bars'
import { presentSay } from './present-say'

const LABEL_ENDS_AT_LINE_PERCENT = 70

/** The slowest answers on a normal day and at the peak, against the target line. */
export function CtoVisual({ scenario, evaluation, locale }: { scenario: Scenario; evaluation: Evaluation; locale: Locale }) {
  const say = presentSay(locale)
  const chart = buildLatencyChart(scenario, evaluation)
  return (
    <figure className="present-visual flex w-full flex-col gap-6">
      <figcaption className="text-lg font-medium text-slate-600">{say('present.cto.caption')}</figcaption>
      <div className="relative space-y-8 pt-9">
        {/* A zero-width column at the target: flex centring keeps its label and line on that point. */}
        {/* Near the right edge the label ends at the line instead, so it stays inside a narrow slide. */}
        <div className={`absolute bottom-0 top-0 z-10 flex w-0 flex-col ${chart.slaPercent > LABEL_ENDS_AT_LINE_PERCENT ? 'items-end' : 'items-center'}`} style={{ left: `${chart.slaPercent}%` }} aria-hidden>
          <span className="whitespace-nowrap rounded bg-slate-900 px-2 py-0.5 text-sm font-semibold text-white">{say('present.cto.target', { ms: chart.slaMs })}</span>
          <span className="w-0 flex-1 border-l-[3px] border-dashed border-slate-900" />
        </div>
        {chart.bars.map((bar) => (
          <div key={bar.key}>
            <div className="mb-2 flex items-baseline gap-4">
              <span className="text-xl font-semibold text-slate-900">{bar.key === 'typical' ? say('present.normal-day') : chart.peakName}</span>
              <span className={`text-2xl font-semibold tabular-nums ${bar.meets ? 'text-emerald-700' : 'text-rose-700'}`}>{say('present.cto.p95', { ms: bar.ms })}</span>
            </div>
            <div className="relative h-10 w-full rounded-md bg-slate-100">
              <div className={`absolute inset-y-0 left-0 rounded-md ${bar.meets ? 'bg-emerald-500' : 'bg-rose-500'}`} style={{ width: `${bar.widthPercent}%` }} />
              <div className="absolute inset-y-0 left-0 rounded-l-md bg-slate-900/25" style={{ width: `${bar.networkPercent}%` }} />
            </div>
          </div>
        ))}
      </div>
      {chart.networkMs > 0 && (
        <p className="flex items-center gap-2 text-base text-slate-600">
          <span className="inline-block h-4 w-6 rounded-sm bg-slate-400" aria-hidden />
          {say('present.cto.network', { ms: chart.networkMs })}
        </p>
      )}
    </figure>
  )
}
