import { findingText, layerText, reachabilityText } from '@/lib/i18n'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { SEVERITY_TONE } from '@/components/ui/tones'
import { listSgRuleRows } from './sg-rule-rows'
import { namePathNode } from './name-path-node'
import { VERDICT_BORDER, VERDICT_TONE, type Verdict } from './verdict'
import type { ViewProps } from './view-props'
import { useViewWords } from './view-words'

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

/** "Is the database isolated? Which defense layers hold?": layers, reachability, rules and findings. */
export function SecurityView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewWords()
  const { security } = evaluation
  const { config } = scenario
  const name = (id: string) => namePathNode(id, security.placement, config, locale)
  const q = security.dbQuestion
  const dbVerdict: Verdict = q.direct ? 'bad' : 'good'
  const passed = security.layers.filter((l) => l.passed).length
  const rules = listSgRuleRows(config, locale)
  const layers = security.layers.map((layer) => ({ layer, says: layerText(layer, locale) }))
  const findings = security.findings.map((f) => ({ f, says: findingText(f, locale) }))
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={w.dbTitle} subtitle={w.dbSubtitle(q.port)} className={`border-l-4 ${VERDICT_BORDER[dbVerdict]}`}>
          <p className="text-lg font-semibold text-slate-900">
            {q.direct ? w.dbDirect(q.port) : q.reachable ? w.dbNotDirectly : w.dbNo}
          </p>
          <p className="mt-1 text-sm leading-relaxed text-slate-700">{reachabilityText(q, locale).explanation}</p>
          {q.path && (
            <div className="mt-3">
              <p className="mb-1 text-xs text-slate-500">{q.direct ? w.path : w.nearestPath}</p>
              <PathChips names={q.path.map(name)} joiner={w.pathJoin} tone={q.direct ? VERDICT_TONE.bad : 'bg-slate-50 text-slate-700 ring-slate-300'} />
              {q.hops.length > 0 && (
                <p className="mt-1 text-xs text-slate-500">
                  {q.hops.map((h) => `${name(h.from)} → ${name(h.to)} :${h.port}`).join(' · ')}
                </p>
              )}
            </div>
          )}
        </Card>

        <Card title={w.reachTitle} subtitle={w.reachSubtitle}>
          {security.internetReachable.length === 0 ? (
            <p className="text-sm text-slate-600">{w.reachNothing}</p>
          ) : (
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{w.reachCaption}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <th scope="col" className="py-2 pr-3 font-medium">{w.colTarget2}</th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">{w.colPort}</th>
                  <th scope="col" className="py-2 font-medium">{w.colPath}</th>
                </tr>
              </thead>
              <tbody>
                {security.internetReachable.map((e) => (
                  <tr key={`${e.target}:${e.port}`} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                      {name(e.target)}
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">{e.port}</td>
                    <td className="py-2">
                      <PathChips names={e.path.map(name)} joiner={w.pathJoin} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>

      <Card title={w.layersTitle} subtitle={w.layersSubtitle(passed, security.layers.length)}>
        <ol className="grid gap-x-6 gap-y-2 md:grid-cols-2">
          {layers.map(({ layer, says }) => (
            <li key={layer.key} className="flex gap-3 rounded-lg border border-slate-100 p-2">
              <span
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${layer.passed ? 'bg-emerald-100 text-emerald-800' : 'bg-rose-100 text-rose-800'}`}
                aria-label={layer.passed ? w.passes : w.fails}
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

      <Card title={w.findingsTitle} subtitle={w.findingsSubtitle(security.counts.high, security.counts.medium, security.counts.low)}>
        {security.findings.length === 0 ? (
          <p className="text-sm text-slate-600">{w.noFindings}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {findings.map(({ f, says }) => (
              <li key={f.id} className="grid grid-cols-[5rem_1fr] gap-3 py-2.5">
                <div>
                  <Badge tone={SEVERITY_TONE[f.severity]}>{w.severity[f.severity]}</Badge>
                </div>
                <div className="min-w-0">
                  <p className="text-sm text-slate-900">{says.message}</p>
                  <p className="mt-0.5 text-sm text-slate-700">
                    <span className="font-medium text-emerald-800">{w.fix}</span> {says.fix}
                  </p>
                  <p className="mt-0.5 font-mono text-xs text-slate-500">
                    {f.id}
                    {f.rule ? ` · ${f.rule}` : ''} · {f.resource}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={w.rulesTitle} subtitle={w.rulesSubtitle}>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{w.rulesCaption}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">{w.colGroup}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{w.colDirection}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{w.colProtocol}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{w.colPorts}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{w.colPeer}</th>
                <th scope="col" className="py-2 font-medium">{w.colDescription}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.key} className={`border-b border-slate-100 last:border-0 ${r.isDefault ? 'text-slate-500' : ''}`}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-900">
                    {r.group}
                  </th>
                  <td className="py-1.5 pr-3">{w.direction[r.direction]}</td>
                  <td className="py-1.5 pr-3">{r.protocol}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{r.ports}</td>
                  <td className={`py-1.5 pr-3 font-mono text-xs ${r.worldOpen && r.direction === 'Inbound' ? 'font-semibold text-amber-800' : ''}`}>{r.peer}</td>
                  <td className="py-1.5 text-slate-600">{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  )
}
