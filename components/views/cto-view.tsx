import { Card } from '@/components/ui/card'
import { formatPercent } from '@/lib/i18n/format'
import { buildLatencyChart } from './latency-chart-data'
import { LatencyChart } from './latency-chart'
import { formatRps } from './format-rate'
import { groupByFormula } from './group-by-formula'
import { answerStakeholders } from './stakeholder-answers'
import { utilisationWidth } from './utilisation-width'
import { gateVerdict, VERDICT_BORDER, VERDICT_FILL, VERDICT_TEXT, type Verdict } from './verdict'
import { formatMs } from '@/lib/i18n/format'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { RecordTable } from './record-table'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { sayCapacity } from '@/lib/i18n/catalog/say-capacity'
import { joinList } from '@/lib/i18n/join-list'

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

/** `held`: how the tile reads under "Holds" when its label names a problem ("High security findings"). */
type Tile = { label: string; held?: string; value: string; detail: string; verdict: Verdict }

/** "Is p95 under the SLA at typical and peak load?" and the trade-off across every stakeholder. */
export function CtoView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const ms = (value: number) => formatMs(value, locale)
  const rps = (value: number) => formatRps(value, locale)
  const { capacity, security } = evaluation
  const answers = answerStakeholders({ scenario, evaluation }, locale)
  const byTab = new Map(answers.map((a) => [a.tab, a]))
  const { rows, yMaxMs } = buildLatencyChart(capacity, locale)
  const configById = new Map(scenario.config.services.map((s) => [s.id, s]))
  const peakName = scenario.requirements.traffic.peak.name
  const finance = byTab.get('finance')!
  const ops = byTab.get('ops')!
  const cto = byTab.get('cto')!
  const tiles: Tile[] = [
    { label: w('tile-cost'), value: finance.answer, detail: finance.detail, verdict: finance.verdict },
    { label: w('tile-recovery'), value: ops.answer, detail: sayRecovery(locale, evaluation.recovery.coverage.formula), verdict: ops.verdict },
    { label: w('tile-sla', { sla: ms(capacity.slaP95Ms) }), value: cto.answer, detail: cto.detail, verdict: cto.verdict },
    {
      label: w('tile-high'),
      held: w('held-no-high'),
      value: w('high-count', { n: security.counts.high }),
      detail: w('high-detail', { medium: security.counts.medium, low: security.counts.low, answer: byTab.get('security')!.answer }),
      verdict: gateVerdict('security', security.counts.high > 0 ? 'bad' : security.counts.medium > 0 ? 'warn' : 'good', evaluation.design.runnable),
    },
  ]
  const holds = tiles.filter((t) => t.verdict === 'good').map((t) => t.held ?? t.label)
  const short = tiles.filter((t) => t.verdict !== 'good').map((t) => t.label)
  const summary = w('latency-summary', { sla: ms(capacity.slaP95Ms), services: rows.map((r) => w('latency-service', { name: r.name, typical: r.typicalLabel, peak: r.peakLabel, peakName })) })
  return (
    <div className="space-y-4">
      <Card title={w('tradeoff-title')} subtitle={w('tradeoff-subtitle', { holds: holds.join(', '), short: short.join(', ') })}>
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
          {tiles.map((t) => (
            <li key={t.label} className={`rounded-lg border border-l-4 border-slate-200 p-3 ${VERDICT_BORDER[t.verdict]}`}>
              <p className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-slate-500">
                {t.label}
                <span className="normal-case" style={{ color: VERDICT_TEXT[t.verdict] }}>
                  {w('verdict', { verdict: t.verdict })}
                </span>
              </p>
              <p className="mt-1 text-sm font-semibold text-slate-900">{t.value}</p>
              <p className="mt-0.5 text-xs text-slate-500">{t.detail}</p>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={w('latency-title')} subtitle={w('latency-subtitle', { endpoint: scenario.requirements.sla.endpoint, overhead: ms(scenario.requirements.sla.networkOverheadMs), peak: peakName })}>
        <LatencyChart locale={locale} rows={rows} yMaxMs={yMaxMs} slaMs={capacity.slaP95Ms} peakName={peakName} summary={summary} />
      </Card>

      <Card title={w('sizing-title')} subtitle={w('sizing-subtitle')}>
        <RecordTable
          minWidth="44rem"
          caption={w('sizing-caption')}
          rows={capacity.services.map((s) => ({ s, count: configById.get(s.serviceId)?.count, short: s.recommendedTasks === null || s.peakTasks < s.recommendedTasks }))}
          rowKey={({ s }) => s.serviceId}
          columns={[
            { header: w('col-service'), className: 'font-medium text-slate-900', cell: ({ s }) => s.name },
            { header: w('col-util-busiest'), cell: ({ s }) => <Meter utilisation={s.typical.utilisation} /> },
            { header: w('col-util-peak'), cell: ({ s }) => <Meter utilisation={s.peak.utilisation} /> },
            { header: w('col-configured'), align: 'right', cell: ({ count }) => (count ? `${count.desired} (${count.min}–${count.max})` : '—') },
            { header: w('col-recommended'), align: 'right', cell: ({ s }) => s.recommendedTasks ?? w('none-meets-sla') },
            { header: w('col-peak-tasks'), align: 'right', className: ({ short }) => (short ? 'font-semibold text-amber-800' : ''), cell: ({ s }) => s.peakTasks },
            { header: w('col-p95-typical-peak'), align: 'right', className: ({ s }) => (s.meetsSla ? '' : 'font-semibold text-rose-700'), cell: ({ s }) => `${ms(s.typical.p95Ms)} / ${ms(s.peak.p95Ms)}` },
          ]}
        />
      </Card>

      <Card title={w('formulas-title')} subtitle={w('formulas-subtitle')}>
        <ul className="space-y-3">
          {groupByFormula(capacity.services).map(({ names, service: s }) => (
            <li key={s.serviceId} className="text-sm">
              <p className="font-medium text-slate-900">
                {joinList(names, locale)}{' '}
                <span className="text-xs font-normal text-slate-500">
                  {w('formula-rates', { typical: rps(s.typical.rps), peak: rps(s.peak.rps), each: names.length > 1 })}
                </span>
              </p>
              <p className="mt-0.5 break-words font-mono text-xs text-slate-600">
                <span className="text-slate-500">{sayCapacity(locale, s.typical.label)}:</span> {sayCapacity(locale, s.typical.formula)}
              </p>
              <p className="break-words font-mono text-xs text-slate-600">
                <span className="text-slate-500">{sayCapacity(locale, s.peak.label)}:</span> {sayCapacity(locale, s.peak.formula)}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">{sayCapacity(locale, s.advice)}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
