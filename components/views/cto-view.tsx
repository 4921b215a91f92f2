import { Card } from '@/components/ui/card'
import { formatMs, formatPercent } from '@/components/ui/format'
import { buildLatencyChart } from './latency-chart-data'
import { LatencyChart } from './latency-chart'
import { formatRps } from './format-rate'
import { groupByFormula } from './group-by-formula'
import { joinWords } from './join-words'
import { answerStakeholders } from './stakeholder-answers'
import { utilisationWidth } from './utilisation-width'
import { VERDICT_BORDER, VERDICT_FILL, VERDICT_WORD, type Verdict } from './verdict'
import type { ViewProps } from './view-props'

function Meter({ utilisation }: { utilisation: number }) {
  const overloaded = !Number.isFinite(utilisation) || utilisation >= 1
  return (
    <div className="flex items-center justify-end gap-2">
      <span className={`tabular-nums ${overloaded ? 'font-semibold text-rose-700' : ''}`}>{formatPercent(utilisation)}</span>
      <span aria-hidden className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-100">
        <span className="block h-full rounded-full" style={{ width: utilisationWidth(utilisation), backgroundColor: overloaded ? VERDICT_FILL.bad : '#64748b' }} />
      </span>
    </div>
  )
}

type Tile = { label: string; value: string; detail: string; verdict: Verdict }

/** "Is p95 under the SLA at typical and peak load?" and the trade-off across every stakeholder. */
export function CtoView({ scenario, evaluation }: ViewProps) {
  const { capacity, security } = evaluation
  const answers = answerStakeholders({ scenario, evaluation })
  const byTab = new Map(answers.map((a) => [a.tab, a]))
  const { rows, yMaxMs } = buildLatencyChart(capacity)
  const configById = new Map(scenario.config.services.map((s) => [s.id, s]))
  const peakName = scenario.requirements.traffic.peak.name
  const finance = byTab.get('finance')!
  const ops = byTab.get('ops')!
  const cto = byTab.get('cto')!
  const tiles: Tile[] = [
    { label: 'Cost vs budget', value: finance.answer, detail: finance.detail, verdict: finance.verdict },
    { label: 'Recovery coverage', value: ops.answer, detail: evaluation.recovery.coverage.formula, verdict: ops.verdict },
    { label: `SLA p95 < ${formatMs(capacity.slaP95Ms)}`, value: cto.answer, detail: cto.detail, verdict: cto.verdict },
    {
      label: 'High security findings',
      value: `${security.counts.high} high`,
      detail: `${security.counts.medium} medium · ${security.counts.low} low; ${byTab.get('security')!.answer}.`,
      verdict: security.counts.high > 0 ? 'bad' : security.counts.medium > 0 ? 'warn' : 'good',
    },
  ]
  const holds = tiles.filter((t) => t.verdict === 'good').map((t) => t.label)
  const short = tiles.filter((t) => t.verdict !== 'good').map((t) => t.label)
  const summary = `p95 per service against the SLA of ${formatMs(capacity.slaP95Ms)}: ${rows.map((r) => `${r.name} ${r.typicalLabel} typical, ${r.peakLabel} at ${peakName}`).join('; ')}.`
  return (
    <div className="space-y-4">
      <Card title="Trade-off" subtitle={`Holds: ${holds.join(', ') || 'nothing yet'}. Falls short: ${short.join(', ') || 'nothing'}.`}>
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
          {tiles.map((t) => (
            <li key={t.label} className={`rounded-lg border border-l-4 border-slate-200 p-3 ${VERDICT_BORDER[t.verdict]}`}>
              <p className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-slate-500">
                {t.label}
                <span className="normal-case" style={{ color: VERDICT_FILL[t.verdict] }}>
                  {VERDICT_WORD[t.verdict]}
                </span>
              </p>
              <p className="mt-1 text-sm font-semibold text-slate-900">{t.value}</p>
              <p className="mt-0.5 text-xs text-slate-500">{t.detail}</p>
            </li>
          ))}
        </ul>
      </Card>

      <Card title="p95 latency per service" subtitle={`${scenario.requirements.sla.endpoint}: network overhead ${formatMs(scenario.requirements.sla.networkOverheadMs)} + M/M/c queue p95, at the busiest daily band and at ${peakName}`}>
        <LatencyChart rows={rows} yMaxMs={yMaxMs} slaMs={capacity.slaP95Ms} peakName={peakName} summary={summary} />
      </Card>

      <Card title="Sizing" subtitle="Utilisation per task and task counts: configured, recommended by the engine, and run at the peak">
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Utilisation and task counts per service</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">Service</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Utilisation, busiest band</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Utilisation, peak</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Configured (min–max)</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Recommended</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Peak tasks</th>
                <th scope="col" className="py-2 text-right font-medium">p95 typical / peak</th>
              </tr>
            </thead>
            <tbody>
              {capacity.services.map((s) => {
                const count = configById.get(s.serviceId)?.count
                const short = s.recommendedTasks === null || s.peakTasks < s.recommendedTasks
                return (
                  <tr key={s.serviceId} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                      {s.name}
                    </th>
                    <td className="py-2 pr-3">
                      <Meter utilisation={s.typical.utilisation} />
                    </td>
                    <td className="py-2 pr-3">
                      <Meter utilisation={s.peak.utilisation} />
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{count ? `${count.desired} (${count.min}–${count.max})` : '—'}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{s.recommendedTasks ?? 'none meets the SLA'}</td>
                    <td className={`py-2 pr-3 text-right tabular-nums ${short ? 'font-semibold text-amber-800' : ''}`}>{s.peakTasks}</td>
                    <td className={`py-2 text-right tabular-nums ${s.meetsSla ? '' : 'font-semibold text-rose-700'}`}>
                      {formatMs(s.typical.p95Ms)} / {formatMs(s.peak.p95Ms)}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="How the figures are computed" subtitle="The queueing model per service, at both load points">
        <ul className="space-y-3">
          {groupByFormula(capacity.services).map(({ names, service: s }) => (
            <li key={s.serviceId} className="text-sm">
              <p className="font-medium text-slate-900">
                {joinWords(names)}{' '}
                <span className="text-xs font-normal text-slate-500">
                  ({formatRps(s.typical.rps)} typical, {formatRps(s.peak.rps)} peak{names.length > 1 ? ', each' : ''})
                </span>
              </p>
              <p className="mt-0.5 break-words font-mono text-xs text-slate-600">
                <span className="text-slate-400">{s.typical.label}:</span> {s.typical.figure.formula}
              </p>
              <p className="break-words font-mono text-xs text-slate-600">
                <span className="text-slate-400">{s.peak.label}:</span> {s.peak.figure.formula}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">{s.explanation}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
