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
import { useViewWords } from './view-words'
import { translateNotation } from '@/lib/i18n'
import { joinList } from '@/lib/i18n/join-list'

/** "Does autoscaling carry the peak?": the traffic profile, tasks per service, and the peak day's bill. */
export function BusinessView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewWords()
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
  const trafficSummary = w.trafficSummary(
    traffic.bands.map((b) => w.trafficBand(b.name, rps(b.rps), b.hoursPerDay)),
    w.trafficPeak(traffic.peak.name, rps(traffic.peak.rps), traffic.peak.durationHours),
  )
  const tasksSummary = w.tasksSummary(capacity.services.map((s) => w.tasksService(s.name, s.typical.tasks, s.peakTasks, configById.get(s.serviceId)?.count.max)))
  const story = { peakDay, sla: ms(capacity.slaP95Ms), worst: ms(peakDay.worstPeakP95Ms), ceiling: joinList(peakDay.atCeiling, locale), extraUsd: formatSignedUsd(peakDay.extraUsd, locale), extraKrw: formatSignedKrw(peakDay.extraKrw, locale) }
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title={w.trafficTitle} subtitle={w.trafficSubtitle} className="lg:col-span-3">
          <TrafficProfileChart locale={locale} traffic={traffic} summary={trafficSummary} />
        </Card>
        <Card
          title={w.peakDayTitle(peakDay.name)}
          subtitle={w.peakDaySubtitle(rps(peakDay.rps), peakDay.durationHours)}
          actions={
            <Badge tone={!peakDay.meetsSla ? VERDICT_TONE.bad : peakDay.atCeiling.length > 0 ? VERDICT_TONE.warn : VERDICT_TONE.good}>
              {!peakDay.meetsSla ? w.notCarried : peakDay.atCeiling.length > 0 ? w.carriedNoHeadroom : w.carried}
            </Badge>
          }
          className="lg:col-span-2"
        >
          {locale === 'ko' ? <PeakStoryKo {...story} /> : <PeakStoryEn {...story} />}
          <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w.minimumMonth}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(cost.band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">{w.typicalMonth}</dt>
              <dd className="text-sm font-semibold tabular-nums">{usd(peakDay.typicalMonthUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">{w.peakMonthWithPeak}</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{usd(peakDay.peakMonthUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            {usd(peakDay.peakMonthUsd)} − {usd(peakDay.typicalMonthUsd)} = {story.extraUsd} ={' '}
            {formatKrw(peakDay.extraKrw, locale)} {w.atRate(formatCount(cost.krwPerUsd, locale))}
          </p>
          <p className="mt-1 break-words font-mono text-xs text-slate-500">{translateNotation(cost.band.formula, locale)}</p>
        </Card>
      </div>

      <Card title={w.tasksTitle} subtitle={w.tasksSubtitle}>
        <ServiceTasksChart locale={locale} rows={taskRows} summary={tasksSummary} />
      </Card>

      <Card title={w.autoscalingTitle} subtitle={w.autoscalingSubtitle}>
        <div className="overflow-x-auto">
          <DataTable
            caption={w.autoscalingCaption}
            rows={capacity.services.map((s) => {
              const service = configById.get(s.serviceId)
              return { s, service, scaling: service ? describeScaling(service.scaling, locale) : null }
            })}
            rowKey={({ s }) => s.serviceId}
            columns={[
              { header: w.colService, className: 'font-medium text-slate-900', cell: ({ s }) => s.name },
              { header: w.colMinDesiredMax, align: 'right', cell: ({ service }) => (service ? `${service.count.min} / ${service.count.desired} / ${service.count.max}` : '—') },
              { header: w.colPolicy, cell: ({ scaling }) => scaling?.policy },
              { header: w.colMetric, cell: ({ scaling }) => scaling?.metric },
              { header: w.colTarget, align: 'right', cell: ({ scaling }) => scaling?.target },
              { header: w.colScheduled, align: 'right', cell: ({ scaling }) => scaling?.scheduled },
              { header: w.colBusiest, align: 'right', cell: ({ s }) => `${rps(s.typical.rps)} → ${s.typical.tasks}` },
              { header: w.colPeak, align: 'right', cell: ({ s }) => `${rps(s.peak.rps)} → ${s.peakTasks}` },
              { header: w.colP95AtPeak, align: 'right', className: ({ s }) => (s.peak.meetsSla ? '' : 'font-semibold text-rose-700'), cell: ({ s }) => ms(s.peak.p95Ms) },
            ]}
          />
        </div>
        <p className="mt-2 text-xs text-slate-500">{w.autoscalingNote}</p>
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
