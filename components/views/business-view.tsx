import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { formatKrw, formatMs, formatUsd } from '@/components/ui/format'
import { describeScaling } from './describe-scaling'
import { summarisePeakDay } from './peak-day'
import { ServiceTasksChart, type ServiceTasksRow } from './service-tasks-chart'
import { formatSignedKrw, formatSignedUsd } from './format-delta'
import { formatRps } from './format-rate'
import { joinWords } from './join-words'
import { TrafficProfileChart } from './traffic-profile-chart'
import { VERDICT_TONE } from './verdict'
import type { ViewProps } from './view-props'

/** "Does autoscaling carry the peak?": the traffic profile, tasks per service, and the peak day's bill. */
export function BusinessView({ scenario, evaluation }: ViewProps) {
  const { traffic } = scenario.requirements
  const { capacity, cost } = evaluation
  const peakDay = summarisePeakDay({ scenario, evaluation })
  const configById = new Map(scenario.config.services.map((s) => [s.id, s]))
  const taskRows: ServiceTasksRow[] = capacity.services.map((s) => ({
    name: s.name,
    typicalTasks: s.typical.tasks,
    peakTasks: s.peakTasks,
    maxTasks: configById.get(s.serviceId)?.count.max ?? s.peakTasks,
  }))
  const trafficSummary = `Traffic profile: ${traffic.bands.map((b) => `${b.name} ${formatRps(b.rps)} for ${b.hoursPerDay} h a day`).join(', ')}; peak event ${traffic.peak.name} ${formatRps(traffic.peak.rps)} for ${traffic.peak.durationHours} h.`
  const tasksSummary = `Tasks per service: ${capacity.services.map((s) => `${s.name} ${s.typical.tasks} typical, ${s.peakTasks} at the peak, maximum ${configById.get(s.serviceId)?.count.max}`).join('; ')}.`
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="Traffic profile" subtitle="Requests per second in each daily band and at the peak event" className="lg:col-span-3">
          <TrafficProfileChart traffic={traffic} summary={trafficSummary} />
        </Card>
        <Card
          title={`Peak day: ${peakDay.name}`}
          subtitle={`${formatRps(peakDay.rps)} for ${peakDay.durationHours} h`}
          actions={
            <Badge tone={!peakDay.meetsSla ? VERDICT_TONE.bad : peakDay.atCeiling.length > 0 ? VERDICT_TONE.warn : VERDICT_TONE.good}>
              {!peakDay.meetsSla ? 'not carried' : peakDay.atCeiling.length > 0 ? 'carried, no headroom' : 'carried'}
            </Badge>
          }
          className="lg:col-span-2"
        >
          <p className="text-sm leading-relaxed text-slate-700">
            On {peakDay.name} the autoscaler takes each service from <strong className="tabular-nums">{peakDay.typicalTasks}</strong> to{' '}
            <strong className="tabular-nums">{peakDay.peakTasks}</strong> tasks.{' '}
            {Number.isFinite(peakDay.worstPeakP95Ms) ? (
              <>
                The slowest service answers in <strong className="tabular-nums">{formatMs(peakDay.worstPeakP95Ms)}</strong> at p95
              </>
            ) : (
              <>
                At least one service is <strong className="text-rose-700">overloaded</strong>: its queue grows without bound
              </>
            )}{' '}
            against an SLA of {formatMs(capacity.slaP95Ms)}
            {peakDay.meetsSla ? ', so the peak is carried.' : ', so the peak is not carried.'}
            {peakDay.atCeiling.length > 0 && (
              <>
                {' '}
                <span className="font-medium text-amber-800">
                  {joinWords(peakDay.atCeiling)} {peakDay.atCeiling.length === 1 ? 'runs' : 'run'} at {peakDay.atCeiling.length === 1 ? 'its' : 'their'} autoscaling maximum: a bigger peak would not get more tasks.
                </span>
              </>
            )}{' '}
            Paying for the extra tasks during the event
            makes that month <strong className="tabular-nums">{formatSignedUsd(peakDay.extraUsd)}</strong>{' '}
            <span className="whitespace-nowrap">({formatSignedKrw(peakDay.extraKrw)}).</span>
          </p>
          <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Minimum month</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(cost.band.minUsd)}</dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Typical month</dt>
              <dd className="text-sm font-semibold tabular-nums">{formatUsd(peakDay.typicalMonthUsd)}</dd>
            </div>
            <div className="rounded-lg bg-violet-50 p-2">
              <dt className="text-xs text-violet-700">Month with the peak</dt>
              <dd className="text-sm font-semibold tabular-nums text-violet-900">{formatUsd(peakDay.peakMonthUsd)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            {formatUsd(peakDay.peakMonthUsd)} − {formatUsd(peakDay.typicalMonthUsd)} = {formatSignedUsd(peakDay.extraUsd)} ={' '}
            {formatKrw(peakDay.extraKrw)} at {cost.krwPerUsd.toLocaleString('en-US')} KRW/USD
          </p>
          <p className="mt-1 break-words font-mono text-xs text-slate-500">{cost.band.formula}</p>
        </Card>
      </div>

      <Card title="Tasks per service" subtitle="What the scaling policy runs at the busiest daily band and at the peak, against its maximum">
        <ServiceTasksChart rows={taskRows} summary={tasksSummary} />
      </Card>

      <Card title="Autoscaling" subtitle="Per service: the configured counts, the policy, and what it does to load and latency">
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Autoscaling settings and load per service</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">Service</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Min / desired / max</th>
                <th scope="col" className="py-2 pr-3 font-medium">Policy</th>
                <th scope="col" className="py-2 pr-3 font-medium">Metric</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Target</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Scheduled peak</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Busiest band</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Peak</th>
                <th scope="col" className="py-2 text-right font-medium">p95 at peak</th>
              </tr>
            </thead>
            <tbody>
              {capacity.services.map((s) => {
                const service = configById.get(s.serviceId)
                const scaling = service ? describeScaling(service.scaling) : null
                return (
                  <tr key={s.serviceId} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                      {s.name}
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {service ? `${service.count.min} / ${service.count.desired} / ${service.count.max}` : '—'}
                    </td>
                    <td className="py-2 pr-3">{scaling?.policy}</td>
                    <td className="py-2 pr-3">{scaling?.metric}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{scaling?.target}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{scaling?.scheduled}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {formatRps(s.typical.rps)} → {s.typical.tasks}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {formatRps(s.peak.rps)} → {s.peakTasks}
                    </td>
                    <td className={`py-2 text-right tabular-nums ${s.peak.meetsSla ? '' : 'font-semibold text-rose-700'}`}>{formatMs(s.peak.p95Ms)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-xs text-slate-500">“Busiest band” and “Peak” show the requests a service sees and the tasks the policy runs for them.</p>
      </Card>
    </div>
  )
}
