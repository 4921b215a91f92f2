import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { DataTable } from '@/components/ui/data-table'
import { describeScaling } from './describe-scaling'
import { summarisePeakDay, type PeakDay } from './peak-day'
import { ServiceTasksChart } from './service-tasks-chart'
import type { ServiceTasksRow } from './service-tasks-chart-plot'
import { formatSignedKrw, formatSignedUsd } from './format-delta'
import { formatRps } from './format-rate'
import { TrafficProfileChart } from './traffic-profile-chart'
import { VERDICT_TONE } from './verdict'
import { formatCount, formatKrw, formatMs, formatUsd } from './view-format'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { translateNotation } from '@/lib/i18n'
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
  const trafficSummary = w('views.traffic-summary', { bands: traffic.bands.map((b) => w('views.traffic-band', { name: b.name, rps: rps(b.rps), hours: b.hoursPerDay })), peak: w('views.traffic-peak', { name: traffic.peak.name, rps: rps(traffic.peak.rps), hours: traffic.peak.durationHours }) })
  const tasksSummary = w('views.tasks-summary', { services: capacity.services.map((s) => w('views.tasks-service', { name: s.name, typical: s.typical.tasks, peak: s.peakTasks, max: configById.get(s.serviceId)?.count.max })) })
  const story = { peakDay, sla: ms(capacity.slaP95Ms), worst: ms(peakDay.worstPeakP95Ms), ceiling: joinList(peakDay.atCeiling, locale), extraUsd: formatSignedUsd(peakDay.extraUsd, locale), extraKrw: formatSignedKrw(peakDay.extraKrw, locale) }
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title={w('views.traffic-title')} subtitle={w('views.traffic-subtitle')} className="lg:col-span-3">
          <TrafficProfileChart locale={locale} traffic={traffic} summary={trafficSummary} />
        </Card>
        <Card
          title={w('views.peak-day-title', { name: peakDay.name })}
          subtitle={w('views.peak-day-subtitle', { rps: rps(peakDay.rps), hours: peakDay.durationHours })}
          actions={
            <Badge tone={!peakDay.meetsSla ? VERDICT_TONE.bad : peakDay.atCeiling.length > 0 ? VERDICT_TONE.warn : VERDICT_TONE.good}>
              {!peakDay.meetsSla ? w('views.not-carried') : peakDay.atCeiling.length > 0 ? w('views.carried-no-headroom') : w('views.carried')}
            </Badge>
          }
          className="lg:col-span-2"
        >
          {locale === 'ko' ? <PeakStoryKo {...story} /> : <PeakStoryEn {...story} />}
          <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('views.minimum-month')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(cost.band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w('views.typical-month')}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(peakDay.typicalMonthUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">{w('views.peak-month-with-peak')}</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{usd(peakDay.peakMonthUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            {usd(peakDay.peakMonthUsd)} − {usd(peakDay.typicalMonthUsd)} = {story.extraUsd} ={' '}
            {formatKrw(peakDay.extraKrw, locale)} {w('views.at-rate', { rate: formatCount(cost.krwPerUsd, locale) })}
          </p>
          <p className="mt-1 break-words font-mono text-xs text-slate-500">{translateNotation(cost.band.formula, locale)}</p>
        </Card>
      </div>

      <Card title={w('views.tasks-title')} subtitle={w('views.tasks-subtitle')}>
        <ServiceTasksChart locale={locale} rows={taskRows} summary={tasksSummary} />
      </Card>

      <Card title={w('views.autoscaling-title')} subtitle={w('views.autoscaling-subtitle')}>
        <div className="overflow-x-auto">
          <DataTable
            caption={w('views.autoscaling-caption')}
            rows={capacity.services.map((s) => {
              const service = configById.get(s.serviceId)
              return { s, service, scaling: service ? describeScaling(service.scaling, locale) : null }
            })}
            rowKey={({ s }) => s.serviceId}
            columns={[
              { header: w('views.col-service'), className: 'font-medium text-slate-900', cell: ({ s }) => s.name },
              { header: w('views.col-min-desired-max'), align: 'right', cell: ({ service }) => (service ? `${service.count.min} / ${service.count.desired} / ${service.count.max}` : '—') },
              { header: w('views.col-policy'), cell: ({ scaling }) => scaling?.policy },
              { header: w('views.col-metric'), cell: ({ scaling }) => scaling?.metric },
              { header: w('views.col-target'), align: 'right', cell: ({ scaling }) => scaling?.target },
              { header: w('views.col-scheduled'), align: 'right', cell: ({ scaling }) => scaling?.scheduled },
              { header: w('views.col-busiest'), align: 'right', cell: ({ s }) => `${rps(s.typical.rps)} → ${s.typical.tasks}` },
              { header: w('views.col-peak'), align: 'right', cell: ({ s }) => `${rps(s.peak.rps)} → ${s.peakTasks}` },
              { header: w('views.col-p95-at-peak'), align: 'right', className: ({ s }) => (s.peak.meetsSla ? '' : 'font-semibold text-rose-700'), cell: ({ s }) => ms(s.peak.p95Ms) },
            ]}
          />
        </div>
        <p className="mt-2 text-xs text-slate-500">{w('views.autoscaling-note')}</p>
      </Card>
    </div>
  )
}

type PeakStory = { peakDay: PeakDay; sla: string; worst: string; ceiling: string; extraUsd: string; extraKrw: string }

/** The peak day in a paragraph, English. */
function PeakStoryEn({ peakDay, sla, worst, ceiling, extraUsd, extraKrw }: PeakStory) {
  return (
    <p className="text-sm leading-relaxed text-slate-700">
      On {peakDay.name} the autoscaler takes each service from <strong className="tabular-nums">{peakDay.typicalTasks}</strong> to{' '}
      <strong className="tabular-nums">{peakDay.peakTasks}</strong> tasks.{' '}
      {Number.isFinite(peakDay.worstPeakP95Ms) ? (
        <>
          The slowest service answers in <strong className="tabular-nums">{worst}</strong> at p95
        </>
      ) : (
        <>
          At least one service is <strong className="text-rose-700">overloaded</strong>: its queue grows without bound
        </>
      )}{' '}
      against an SLA of {sla}
      {peakDay.meetsSla ? ', so the peak is carried.' : ', so the peak is not carried.'}
      {peakDay.atCeiling.length > 0 && (
        <>
          {' '}
          <span className="font-medium text-amber-800">
            {ceiling} {peakDay.atCeiling.length === 1 ? 'runs' : 'run'} at {peakDay.atCeiling.length === 1 ? 'its' : 'their'} autoscaling maximum: a bigger peak would not get more tasks.
          </span>
        </>
      )}{' '}
      Paying for the extra tasks during the event
      makes that month <strong className="tabular-nums">{extraUsd}</strong>{' '}
      <span className="whitespace-nowrap">({extraKrw}).</span>
    </p>
  )
}

/** The peak day in a paragraph, Korean. */
function PeakStoryKo({ peakDay, sla, worst, ceiling, extraUsd, extraKrw }: PeakStory) {
  return (
    <p className="text-sm leading-relaxed text-slate-700">
      {peakDay.name} 동안 오토스케일러가 서비스별 태스크를 <strong className="tabular-nums">{peakDay.typicalTasks}</strong>개에서{' '}
      <strong className="tabular-nums">{peakDay.peakTasks}</strong>개로 늘립니다.{' '}
      {Number.isFinite(peakDay.worstPeakP95Ms) ? (
        <>
          가장 느린 서비스의 응답 시간 p95는 <strong className="tabular-nums">{worst}</strong>이고
        </>
      ) : (
        <>
          하나 이상의 서비스가 <strong className="text-rose-700">과부하</strong> 상태여서 대기열이 끝없이 늘어나고
        </>
      )}{' '}
      SLA는 {sla}이므로
      {peakDay.meetsSla ? ' 피크를 감당할 수 있습니다.' : ' 피크를 감당할 수 없습니다.'}
      {peakDay.atCeiling.length > 0 && (
        <>
          {' '}
          <span className="font-medium text-amber-800">{ceiling}은(는) 이미 오토스케일링 최대치로 실행되므로, 피크가 더 커져도 태스크가 늘지 않습니다.</span>
        </>
      )}{' '}
      이벤트 동안 추가로 실행하는 태스크 비용 때문에 그달 비용이 <strong className="tabular-nums">{extraUsd}</strong>{' '}
      <span className="whitespace-nowrap">({extraKrw}) 달라집니다.</span>
    </p>
  )
}
