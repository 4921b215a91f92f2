import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { SEVERITY_TONE } from '@/components/ui/tones'
import { answerStakeholders } from './stakeholder-answers'
import { listTopImprovements } from './top-improvements'
import { VERDICT_BORDER, VERDICT_TONE } from './verdict'
import type { ViewProps } from './view-props'
import { useViewSay } from './view-say'
import { nameInLanguage } from '@/lib/i18n/catalog/say-presets'
import { listNotModelled } from '@/data/presets/not-modelled-of'

/** The one screen a lead shows first: each stakeholder's question answered in a sentence, and what to change. */
export function OverviewView({ scenario, evaluation }: ViewProps) {
  const { w, locale } = useViewSay()
  const { config } = scenario
  const answers = answerStakeholders({ scenario, evaluation }, locale)
  const improvements = listTopImprovements(evaluation, locale, 3)
  const notModelled = listNotModelled(config)
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{nameInLanguage(locale, config.name)}</h2>
          <p className="text-xs text-slate-500">
            {config.region} · {w('region-name', { region: config.region }) ?? config.region} · {w('overview-meta', { azs: config.network.azCount, services: config.services.length })}
          </p>
        </div>
      </header>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={w('answers-title')} subtitle={w('answers-subtitle')} className="lg:col-span-2">
          <ul className="space-y-2">
            {answers.map((a) => (
              <li key={a.tab} data-stakeholder={a.tab} className={`rounded-lg border border-l-4 border-slate-200 px-3 py-2 ${VERDICT_BORDER[a.verdict]}`}>
                <div className="flex items-start justify-between gap-3">
                  <p className="text-xs text-slate-500">
                    <span className="font-semibold uppercase tracking-wide text-slate-700">{a.stakeholder}</span> · {a.question}
                  </p>
                  <Badge tone={VERDICT_TONE[a.verdict]}>{w('verdict', { verdict: a.verdict })}</Badge>
                </div>
                <p className="mt-0.5 text-sm font-semibold text-slate-900">{a.answer}</p>
                <p className="mt-0.5 text-xs text-slate-600">{a.detail}</p>
              </li>
            ))}
          </ul>
        </Card>

        <Card title={w('improvements-title')} subtitle={w('improvements-subtitle')}>
          {improvements.length === 0 ? (
            <p className="text-sm text-slate-600">{w('nothing-to-change')}</p>
          ) : (
            <ol className="space-y-3">
              {improvements.map((imp, i) => (
                <li key={imp.text} className="flex gap-3">
                  <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xs font-semibold text-white">{i + 1}</span>
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900">{imp.text}</p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {imp.kind === 'security' && (
                        <>
                          <Badge tone={SEVERITY_TONE.high}>{w('severity', { severity: 'high' })}</Badge>{' '}
                        </>
                      )}
                      {imp.why}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      {notModelled.length > 0 && (
        <Card title={w('not-modelled-title')} subtitle={w('not-modelled-subtitle')}>
          <ul className="space-y-1" data-testid="not-modelled">
            {notModelled.map((item) => (
              <li key={`${item.component}:${item.seed}`} className="text-sm text-slate-700">
                <span className="font-medium text-slate-900">{w('not-modelled-component', { component: item.component })}</span>
                {' · '}
                <span className="text-slate-600">{w('not-modelled-why', { why: item.why, seed: item.seed })}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  )
}
