'use client'

import { Badge } from '@/components/ui/badge'
import { downloadText } from '@/components/ui/download'
import { renderAdrMarkdown } from '@/lib/decisions/render-adr'
import type { Decision } from '@/lib/decisions/types'
import { FiguresTable } from './figures-table'
import { BUTTON_SMALL } from './workspace-styles'
import { useWorkspaceWords } from './use-workspace-words'

const STATUS_TONE: Record<Decision['status'], string> = {
  accepted: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  proposed: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  superseded: 'bg-slate-100 text-slate-600 ring-slate-500/30',
}

/** One recorded decision: what was chosen among which plans, why, and the figures frozen with it. */
export function DecisionCard({ decision }: { decision: Decision }) {
  const { w, locale } = useWorkspaceWords()
  const chosen = decision.options.find((o) => o.scenarioId === decision.chosenScenarioId)
  const download = () => {
    const { fileName, markdown } = renderAdrMarkdown(decision, locale)
    downloadText(fileName, markdown, 'text/markdown')
  }
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-3" aria-label={`${String(decision.number).padStart(4, '0')} ${decision.title}`} data-testid="decision-card">
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h4 className="text-sm font-semibold text-slate-900">
            <span className="mr-1.5 font-mono text-xs text-slate-500">{String(decision.number).padStart(4, '0')}</span>
            {decision.title}
          </h4>
          <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
            <Badge tone={STATUS_TONE[decision.status]}>{w('statusName', { status: decision.status })}</Badge>
            <span>{w('decidedOn', { date: decision.decidedAt })}</span>
            {chosen && <span className="font-medium text-slate-700">· {w('chose', { name: chosen.name })}</span>}
          </p>
        </div>
        <button type="button" className={BUTTON_SMALL} onClick={download}>
          {w('downloadAdr')}
        </button>
      </header>
      {decision.context && <Paragraph title={w('context')} text={decision.context} />}
      <div className="mt-2.5">
        <FiguresTable
          words={w}
          locale={locale}
          caption={w('options')}
          rows={decision.options.map((o) => ({
            key: o.scenarioId,
            label: (
              <>
                {o.name} <span className="font-mono font-normal text-slate-500">{w('versionTag', { version: o.version })}</span>
                {o.scenarioId === decision.chosenScenarioId && <span className="ml-1 rounded bg-sky-600 px-1 py-px text-[10px] font-semibold uppercase text-white">{w('chosen')}</span>}
              </>
            ),
            figures: o.figures,
            highlight: o.scenarioId === decision.chosenScenarioId,
          }))}
        />
      </div>
      {decision.consequences && <Paragraph title={w('consequences')} text={decision.consequences} />}
    </article>
  )
}

function Paragraph({ title, text }: { title: string; text: string }) {
  return (
    <div className="mt-2.5">
      <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <p className="mt-0.5 whitespace-pre-line text-xs leading-relaxed text-slate-700">{text}</p>
    </div>
  )
}
