import { saySecurity } from '@/lib/i18n/catalog/say-security'
import type { ReachAccess } from '@/lib/security'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { SEVERITY_TONE } from '@/components/ui/tones'
import { listSgRuleRows } from './sg-rule-rows'
import { namePathNode } from './name-path-node'
import { gateVerdict, VERDICT_BORDER, VERDICT_TONE, type Verdict } from './verdict'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { RecordTable } from './record-table'

/** A path as chips joined by arrows: Internet → ALB → order → database. */
function PathChips({ names, joiner, tone = 'bg-slate-50 text-slate-700 ring-slate-300' }: { names: string[]; joiner: string; tone?: string }) {
  return (
    <ol className="flex flex-wrap items-center gap-1" aria-label={names.join(joiner)}>
      {names.map((name, i) => (
        <li key={`${i}-${name}`} className="flex items-center gap-1">
          {i > 0 && (
            <span aria-hidden className="text-xs text-slate-400">
              →
            </span>
          )}
          <Badge tone={tone}>{name}</Badge>
        </li>
      ))}
    </ol>
  )
}

/** A direct path is the finding; a host the internet reaches that leads on needs a look; the application chain is normal. */
const DB_ACCESS_VERDICT: Record<ReachAccess, Verdict> = { direct: 'bad', 'through-exposed-host': 'warn', 'through-application': 'good', none: 'good' }

/** "Is the database isolated? Which defense layers hold?": layers, reachability, rules and findings. */
export function SecurityView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const { security } = evaluation
  const { config } = scenario
  const name = (id: string) => namePathNode(id, security.placement, config, locale)
  const q = security.dbQuestion
  const dbVerdict: Verdict = gateVerdict('security', DB_ACCESS_VERDICT[q.access], evaluation.design.runnable)
  const passed = security.layers.filter((l) => l.passed).length
  const rules = listSgRuleRows(config, locale)
  const layers = security.layers.map((layer) => ({ layer, says: { name: saySecurity(locale, layer.name), evidence: saySecurity(locale, layer.evidence) } }))
  const findings = security.findings.map((f) => ({ f, says: { message: saySecurity(locale, f.message), fix: saySecurity(locale, f.fix) } }))
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={w('db-title')} subtitle={w('db-subtitle', { port: q.port })} className={`border-l-4 ${VERDICT_BORDER[dbVerdict]}`}>
          <p className="text-lg font-semibold text-slate-900">
            {q.access === 'direct'
              ? w('db-direct', { port: q.port })
              : q.access === 'through-application'
                ? w('db-through-app')
                : q.access === 'through-exposed-host'
                  ? w('db-through-host', { host: name(q.foothold ?? '') })
                  : w('db-no')}
          </p>
          {q.access === 'through-application' && <p className="mt-1 text-sm text-slate-600">{w('db-through-app-note')}</p>}
          <p className="mt-1 text-sm leading-relaxed text-slate-700">{saySecurity(locale, q.explanation)}</p>
          {q.path && (
            <div className="mt-3">
              <p className="mb-1 text-xs text-slate-500">{q.direct ? w('path') : w('nearest-path')}</p>
              <PathChips names={q.path.map(name)} joiner={w('path-join')} tone={q.direct ? VERDICT_TONE.bad : 'bg-slate-50 text-slate-700 ring-slate-300'} />
              {q.hops.length > 0 && (
                <p className="mt-1 text-xs text-slate-500">
                  {q.hops.map((h) => `${name(h.from)} → ${name(h.to)} :${h.port}`).join(' · ')}
                </p>
              )}
            </div>
          )}
        </Card>

        <Card title={w('reach-title')} subtitle={w('reach-subtitle')}>
          {security.internetReachable.length === 0 ? (
            <p className="text-sm text-slate-600">{w('reach-nothing')}</p>
          ) : (
            <RecordTable
              fits
              caption={w('reach-caption')}
              alignTop
              rows={security.internetReachable}
              rowKey={(e) => `${e.target}:${e.port}`}
              columns={[
                { header: w('col-reach-target'), className: 'font-medium text-slate-900', cell: (e) => name(e.target) },
                { header: w('col-port'), align: 'right', cell: (e) => e.port },
                { header: w('col-path'), cell: (e) => <PathChips names={e.path.map(name)} joiner={w('path-join')} /> },
              ]}
            />
          )}
        </Card>
      </div>

      <Card title={w('layers-title')} subtitle={w('layers-subtitle', { passed, total: security.layers.length })}>
        <ol className="grid gap-x-6 gap-y-2 md:grid-cols-2">
          {layers.map(({ layer, says }) => (
            <li key={layer.key} className="flex gap-3 rounded-lg border border-slate-100 p-2">
              <span
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${layer.passed ? 'bg-emerald-100 text-emerald-800' : 'bg-rose-100 text-rose-800'}`}
                aria-label={layer.passed ? w('passes') : w('fails')}
              >
                {layer.passed ? '✓' : '✗'}
              </span>
              <div className="min-w-0">
                <p className="text-sm font-medium text-slate-900">
                  <span className="text-slate-500">{layer.id}.</span> {says.name}
                </p>
                <p className="text-xs leading-relaxed text-slate-600">{says.evidence}</p>
              </div>
            </li>
          ))}
        </ol>
      </Card>

      <Card title={w('findings-title')} subtitle={w('findings-subtitle', { high: security.counts.high, medium: security.counts.medium, low: security.counts.low })}>
        {security.findings.length === 0 ? (
          <p className="text-sm text-slate-600">{w('no-findings')}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {findings.map(({ f, says }) => (
              <li key={f.id} className="grid grid-cols-[5rem_1fr] gap-3 py-2.5">
                <div>
                  <Badge tone={SEVERITY_TONE[f.severity]}>{w('severity', { severity: f.severity })}</Badge>
                </div>
                <div className="min-w-0">
                  <p className="text-sm text-slate-900">{says.message}</p>
                  <p className="mt-0.5 text-sm text-slate-700">
                    <span className="font-medium text-emerald-800">{w('fix')}</span> {says.fix}
                  </p>
                  <p className="mt-0.5 font-mono text-xs text-slate-500">
                    <code>{f.id}</code>
                    {f.rule && (
                      <>
                        {' · '}
                        <code>{f.rule}</code>
                      </>
                    )}
                    {' · '}
                    <code>{f.resource}</code>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={w('rules-title')} subtitle={w('rules-subtitle')}>
        <RecordTable
          minWidth="44rem"
          caption={w('rules-caption')}
          density="compact"
          rows={rules}
          rowKey={(r) => r.key}
          rowMarks={(r) => ({ className: r.isDefault ? 'text-slate-500' : undefined })}
          columns={[
            { header: w('col-group'), className: 'font-medium text-slate-900', cell: (r) => r.group },
            { header: w('col-direction'), cell: (r) => w('direction', { direction: r.direction }) },
            { header: w('col-protocol'), cell: (r) => r.protocol },
            { header: w('col-ports'), align: 'right', cell: (r) => r.ports },
            { header: w('col-peer'), className: (r) => `font-mono text-xs ${r.worldOpen && r.direction === 'Inbound' ? 'font-semibold text-amber-800' : ''}`, cell: (r) => r.peer },
            { header: w('col-description'), className: 'text-slate-600', cell: (r) => r.description },
          ]}
        />
      </Card>
    </div>
  )
}
