import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { describeScaling } from './describe-scaling'
import { summarisePeakDay, type PeakDay } from './peak-day'
import { ServiceTasksChart } from './service-tasks-chart'
import type { ServiceTasksRow } from './service-tasks-chart-plot'
import { formatSignedKrw, formatSignedUsd } from './format-delta'
import { emphasise, Emphasised } from './emphasis'
import { formatRps } from './format-rate'
import { TrafficProfileChart } from './traffic-profile-chart'
import { VERDICT_TONE } from './verdict'
import { formatCount, formatKrw, formatUsd } from './view-format'
import { formatMs } from '@/lib/i18n/format'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { RecordTable } from './record-table'
import { sayCost } from '@/lib/i18n/catalog/say-cost'
import { joinList } from '@/lib/i18n/join-list'

/** "Does autoscaling carry the peak?": the traffic profile, tasks per service, and the peak day's bill. */
export function BusinessView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const { traffic } = scenario.requirements
  const { capacity, cost } = evaluation
  const peakDay = summarisePeakDay({ scenario, evaluation }, locale)
  const rps = (value: number) => formatRps(value, locale)
  const usd = (value: number) => formatUsd(value, locale)
  const ms = (value: number) => formatMs(value, locale)
  const configById = new Map(scenario.config.services.map((s) => [s.id, s]))
  const taskRows: ServiceTasksRow[] = capacity.services.map((s) => ({
    name: s.name,
    typicalTasks: s.typical.tasks,
    peakTasks: s.peakTasks,
    maxTasks: configById.get(s.serviceId)?.count.max ?? s.peakTasks,
  }))
  const trafficSummary = w('traffic-summary', { bands: traffic.bands.map((b) => w('traffic-band', { name: b.name, rps: rps(b.rps), hours: b.hoursPerDay })), peak: w('traffic-peak', { name: traffic.peak.name, rps: rps(traffic.peak.rps), hours: traffic.peak.durationHours }) })
  const tasksSummary = w('tasks-summary', { services: capacity.services.map((s) => w('tasks-service', { name: s.name, typical: s.typical.tasks, peak: s.peakTasks, max: configById.get(s.serviceId)?.count.max })) })
  const story = { peakDay, sla: ms(capacity.slaP95Ms), worst: ms(peakDay.worstPeakP95Ms), ceiling: joinList(peakDay.atCeiling, locale), extraUsd: formatSignedUsd(peakDay.extraUsd, locale), extraKrw: formatSignedKrw(peakDay.extraKrw, locale) }
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title={w('traffic-title')} subtitle={w('traffic-subtitle')} className="lg:col-span-3">
          <TrafficProfileChart locale={locale} traffic={traffic} summary={trafficSummary} />
        </Card>
        <Card
          title={w('peak-day-title', { name: peakDay.name })}
          subtitle={w('peak-day-subtitle', { rps: rps(peakDay.rps), hours: peakDay.durationHours })}
          actions={
            <Badge tone={!peakDay.meetsSla ? VERDICT_TONE.bad : peakDay.atCeiling.length > 0 ? VERDICT_TONE.warn : VERDICT_TONE.good}>
              {!peakDay.meetsSla ? w('not-carried') : peakDay.atCeiling.length > 0 ? w('carried-no-headroom') : w('carried')}
            </Badge>
          }
          className="lg:col-span-2"
        >
          <PeakStory {...story} />
          <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('minimum-month')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(cost.band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('typical-month')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(peakDay.typicalMonthUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">{w('peak-month-with-peak')}</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{usd(peakDay.peakMonthUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            {usd(peakDay.peakMonthUsd)} − {usd(peakDay.typicalMonthUsd)} = {story.extraUsd} ={' '}
            {formatKrw(peakDay.extraKrw, locale)} {w('at-rate', { rate: formatCount(cost.krwPerUsd, locale) })}
          </p>
          <p className="mt-1 break-words font-mono text-xs text-slate-500">{sayCost(locale, cost.band.formula)}</p>
        </Card>
      </div>

      <Card title={w('tasks-title')} subtitle={w('tasks-subtitle')}>
        <ServiceTasksChart locale={locale} rows={taskRows} summary={tasksSummary} />
      </Card>

      <Card title={w('autoscaling-title')} subtitle={w('autoscaling-subtitle')}>
        <RecordTable
          minWidth="40rem"
          caption={w('autoscaling-caption')}
          rows={capacity.services.map((s) => {
            const service = configById.get(s.serviceId)
            return { s, service, scaling: service ? describeScaling(service.scaling, locale) : null }
          })}
          rowKey={({ s }) => s.serviceId}
          columns={[
            { header: w('col-service'), className: 'font-medium text-slate-900', cell: ({ s }) => s.name },
            { header: w('col-min-desired-max'), align: 'right', cell: ({ service }) => (service ? `${service.count.min} / ${service.count.desired} / ${service.count.max}` : '—') },
            { header: w('col-policy'), cell: ({ scaling }) => scaling?.policy },
            { header: w('col-metric'), cell: ({ scaling }) => scaling?.metric },
            { header: w('col-target'), align: 'right', cell: ({ scaling }) => scaling?.target },
            { header: w('col-scheduled'), align: 'right', cell: ({ scaling }) => scaling?.scheduled },
            { header: w('col-busiest'), align: 'right', cell: ({ s }) => `${rps(s.typical.rps)} → ${s.typical.tasks}` },
            { header: w('col-peak'), align: 'right', cell: ({ s }) => `${rps(s.peak.rps)} → ${s.peakTasks}` },
            { header: w('col-p95-at-peak'), align: 'right', className: ({ s }) => (s.peak.meetsSla ? '' : 'font-semibold text-rose-700'), cell: ({ s }) => ms(s.peak.p95Ms) },
          ]}
        />
        <p className="mt-2 text-xs text-slate-500">{w('autoscaling-note')}</p>
      </Card>
    </div>
  )
}

type PeakStory = { peakDay: PeakDay; sla: string; worst: string; ceiling: string; extraUsd: string; extraKrw: string }

/** The peak day in a paragraph: its figures in bold, a service at its maximum in amber. */
function PeakStory({ peakDay, sla, worst, ceiling, extraUsd, extraKrw }: PeakStory) {
  const { w } = useViewSay()
  const carried = peakDay.meetsSla
  const sentences = [
    w('peak-story-tasks', { name: peakDay.name, typical: emphasise(`${peakDay.typicalTasks}`), peak: emphasise(`${peakDay.peakTasks}`) }),
    Number.isFinite(peakDay.worstPeakP95Ms)
      ? w('peak-story-latency', { worst: emphasise(worst), sla, carried })
      : w('peak-story-overloaded', { overloaded: emphasise(w('overloaded'), 'alarm'), sla, carried }),
  ]
  return (
    <p className="text-sm leading-relaxed text-slate-700">
      <Emphasised text={sentences.join(' ')} />{' '}
      {peakDay.atCeiling.length > 0 && (
        <>
          <span className="font-medium text-amber-800">{w('peak-story-ceiling', { services: ceiling, count: peakDay.atCeiling.length })}</span>{' '}
        </>
      )}
      <Emphasised text={w('peak-story-extra', { extraUsd: emphasise(extraUsd), extraKrw })} />
    </p>
  )
}
