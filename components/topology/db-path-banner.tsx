import type { ReachabilityAnswer } from '@/lib/security'
import { saySecurity } from '@/lib/i18n/catalog/say-security'
import { useTopologyUi, type SayUi } from './topology-ui'

/** The verdict in three words, then the engine's explanation. */
function verdictOf(answer: ReachabilityAnswer, ui: SayUi): { text: string; tone: string } {
  if (answer.direct) return { text: ui('topology-ui.db-direct'), tone: 'bg-rose-600 text-white' }
  // The load balancer → app → database chain is how a web application works, not an exposure.
  if (answer.access === 'through-application') return { text: ui('topology-ui.db-through-app', { hops: answer.hops.length }), tone: 'bg-emerald-100 text-emerald-900 ring-1 ring-inset ring-emerald-600/30' }
  if (answer.reachable) return { text: ui('topology-ui.db-chain', { hops: answer.hops.length }), tone: 'bg-amber-100 text-amber-900 ring-1 ring-inset ring-amber-500/40' }
  return { text: ui('topology-ui.db-none'), tone: 'bg-emerald-100 text-emerald-900 ring-1 ring-inset ring-emerald-600/30' }
}

/** "Can the internet reach the database?", answered over the diagram that shows the path. */
export function DbPathBanner({ answer }: { answer: ReachabilityAnswer }) {
  const { ui, locale } = useTopologyUi()
  const verdict = verdictOf(answer, ui)
  return (
    <section
      data-testid="db-path-answer"
      aria-live="polite"
      className="rounded-lg border border-rose-200 bg-white/95 px-3.5 py-2 shadow-md backdrop-blur"
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="h-2 w-2 rounded-full bg-rose-500" aria-hidden="true" />
        <h4 className="text-[13px] font-semibold text-slate-900">
          {ui('topology-ui.db-question', { from: answer.from, target: answer.target, port: answer.port })}
        </h4>
        <span className={`rounded-full px-2 py-0.5 text-[11px] font-semibold ${verdict.tone}`}>{verdict.text}</span>
      </header>
      <p className="mt-0.5 text-xs leading-[17px] text-slate-600">{saySecurity(locale, answer.explanation)}</p>
    </section>
  )
}
