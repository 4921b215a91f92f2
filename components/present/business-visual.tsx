import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { buildServerChart, type ServerRow } from './server-rows'
import { presentSay } from './present-say'

/** Servers on a normal busy day and at the peak, drawn one square per server up to the autoscaling limit. */
export function BusinessVisual({ scenario, evaluation, locale }: { scenario: Scenario; evaluation: Evaluation; locale: Locale }) {
  const say = presentSay(locale)
  const chart = buildServerChart(scenario, evaluation)
  const label = (row: ServerRow) => (row.key === 'typical' ? say('present.normal-day') : chart.peakName)
  return (
    <figure className="present-visual flex w-full flex-col gap-7">
      <figcaption className="text-lg font-medium text-slate-600">{chart.serviceName ? say('present.business.busiest', { name: chart.serviceName }) : say('present.business.each-service')}</figcaption>
      {chart.rows.map((row) => (
        <div key={row.key}>
          <div className="mb-2 flex items-baseline justify-between gap-4">
            <span className="text-xl font-semibold text-slate-900">{label(row)}</span>
            <span className="text-lg tabular-nums text-slate-600">{say('present.business.rps', { rps: row.rps })}</span>
          </div>
          {chart.squares ? (
            <ul className="flex flex-wrap gap-1.5" aria-label={say('present.business.servers', { count: row.tasks })}>
              {Array.from({ length: chart.ceiling }, (_, i) => (
                <li
                  key={i}
                  className={`h-8 w-8 rounded-md ${i < row.tasks ? (row.key === 'peak' ? 'bg-sky-600' : 'bg-sky-300') : 'border-2 border-dashed border-slate-300'}`}
                />
              ))}
            </ul>
          ) : (
            <div className="h-8 w-full rounded-md border-2 border-dashed border-slate-300">
              <div className={`h-full rounded-sm ${row.key === 'peak' ? 'bg-sky-600' : 'bg-sky-300'}`} style={{ width: `${(row.tasks / chart.ceiling) * 100}%` }} />
            </div>
          )}
          <p className="mt-2 text-2xl font-semibold tabular-nums text-slate-900">{say('present.business.servers', { count: row.tasks })}</p>
        </div>
      ))}
      <p className="flex items-center gap-2 text-base text-slate-600">
        <span className="inline-block h-5 w-5 rounded border-2 border-dashed border-slate-300" aria-hidden />
        {say('present.business.limit', { count: chart.ceiling })}
      </p>
    </figure>
  )
}
