import { MODE_FILL, MODE_TEXT } from '@/components/ui/tones'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import type { ScenarioAssessment } from '@/lib/recovery'
import { modeWord, partLabel } from '@/lib/recovery/recovery-reasons'
import { useTopologyUi } from './topology-ui'

/**
 * Which failure is overlaid, how it recovers, and what the red dashed rings mean; for an AZ
 * outage, which AZ is shaded and how each part the outage hits recovers (the recovery engine's parts).
 */
export function FailureOverlayLegend({ scenario, markedCount, failedAz = null }: { scenario: ScenarioAssessment; markedCount: number; failedAz?: string | null }) {
  const { ui, locale } = useTopologyUi()
  return (
    <section data-testid="topology-overlay-legend" className="w-64 rounded-lg border border-slate-200 bg-white/95 px-3 py-2.5 text-xs shadow-md backdrop-blur">
      <h4 className="font-semibold text-slate-900">{sayRecovery(locale, scenario.title)}</h4>
      <p className="mt-1 flex items-center gap-1.5 text-slate-600">
        <span className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: MODE_FILL[scenario.mode] }} aria-hidden="true" />
        <span>
          <span className="font-semibold" style={{ color: MODE_TEXT[scenario.mode] }}>
            {sayRecovery(locale, modeWord(scenario.mode))}
          </span>{' '}
          · {ui('topology-ui.mode-meaning', { mode: scenario.mode })}
        </span>
      </p>
      <p className="mt-1.5 flex items-center gap-1.5 text-slate-600">
        <span className="h-3 w-5 shrink-0 rounded border-2 border-dashed border-red-500" aria-hidden="true" />
        {ui('topology-ui.single-points', { count: markedCount })}
      </p>
      {failedAz && (
        <p className="mt-1.5 flex items-center gap-1.5 text-slate-600">
          <span className="h-3 w-5 shrink-0 rounded border-2 border-dashed border-red-400 bg-red-100" aria-hidden="true" />
          {ui('topology-ui.failed-az', { az: failedAz })}
        </p>
      )}
      {failedAz && scenario.parts && scenario.parts.length > 0 && (
        <div className="mt-1.5">
          <h5 className="font-medium text-slate-700">{ui('topology-ui.az-parts')}</h5>
          <ul data-testid="topology-overlay-parts" className="mt-0.5 space-y-px">
            {scenario.parts.map((part) => (
              <li key={part.component} className="flex justify-between gap-2 text-slate-600">
                <span className="first-letter:uppercase">{sayRecovery(locale, partLabel(part.component))}</span>
                <span className="font-semibold" style={{ color: MODE_TEXT[part.mode] }}>
                  {sayRecovery(locale, modeWord(part.mode))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

/** What amber means under the internet lens. */
export function InternetLegend({ exposedCount }: { exposedCount: number }) {
  const { ui } = useTopologyUi()
  return (
    <section data-testid="internet-legend" className="rounded-lg border border-amber-200 bg-white/95 px-3 py-2 text-xs shadow-md backdrop-blur">
      <h4 className="font-semibold text-slate-900">{ui('topology-ui.internet-title')}</h4>
      <p className="mt-1 flex items-center gap-1.5 text-slate-600">
        <span className="h-3 w-5 shrink-0 rounded bg-amber-100 ring-2 ring-amber-400" aria-hidden="true" />
        {exposedCount === 0 ? ui('topology-ui.internet-none') : ui('topology-ui.internet-direct')}
      </p>
      <p className="mt-1 flex items-center gap-1.5 text-slate-600">
        <span className="h-3 w-5 shrink-0 rounded ring-2 ring-amber-300/80" aria-hidden="true" />
        {ui('topology-ui.internet-chain')}
      </p>
    </section>
  )
}

/** The three line styles, always shown. */
export function EdgeKey() {
  const { ui } = useTopologyUi()
  return (
    <div className="flex flex-col gap-0.5 rounded-md border border-slate-200 bg-white/90 px-2 py-1.5 text-[10.5px] leading-4 text-slate-600 shadow-sm">
      <span className="flex items-center gap-1">
        <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke="#94a3b8" strokeWidth="1.5" /></svg>
        {ui('topology-ui.key-rule')}
      </span>
      <span className="flex items-center gap-1">
        <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke="#cbd5e1" strokeWidth="1.5" strokeDasharray="6 4" /></svg>
        {ui('topology-ui.key-route')}
      </span>
      <span className="flex items-center gap-1">
        <svg width="22" height="6" aria-hidden="true"><line x1="0" y1="3" x2="22" y2="3" stroke="#7dd3fc" strokeWidth="1.5" strokeDasharray="2 4" /></svg>
        {ui('topology-ui.key-flow')}
      </span>
      <span className="flex items-center gap-1">
        <span className="rounded border border-slate-300 bg-white px-1 font-mono text-[9.5px] font-semibold leading-3 text-slate-700" aria-hidden="true">
          {ui('topology-ui.key-ports-sample')}
        </span>
        {ui('topology-ui.key-ports')}
      </span>
    </div>
  )
}
