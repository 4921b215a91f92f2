import { sayFixed, sayLever } from '@/lib/i18n/catalog/say-advise'
import { formatMs } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import type { Advice } from './advice-runner'
import { advisorSay } from './advisor-say'

/**
 * Where the advisor stands: running, "N designs examined in T ms", or why it cannot run; once
 * done, the levers it left as drawn and why. data-state, data-elapsed-ms and data-examined are a
 * contract with the browser benchmark (bench/advise-browser.ts) and the journeys.
 */
export function AdvisorStatus({ locale, advice }: { locale: Locale; advice: Advice }) {
  const w = advisorSay(locale)
  const { state, result, elapsedMs } = advice
  const done = state === 'done' && result !== null && elapsedMs !== null
  return (
    <div className="space-y-1">
      <p
        data-testid="advisor-status"
        data-state={state}
        data-elapsed-ms={done ? elapsedMs : undefined}
        data-examined={done ? result.examined : undefined}
        role="status"
        className={`flex items-center gap-2 text-sm ${state === 'error' ? 'text-rose-800' : 'text-slate-600'}`}
      >
        {state === 'running' && <span aria-hidden className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700" />}
        {done ? w('status.done', { examined: result.examined, elapsed: formatMs(elapsedMs, locale) }) : advice.failure === 'no-worker' ? w('status.no-worker') : w('status', { state })}
      </p>
      {done && result.fixedLevers.length > 0 && (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer font-medium text-slate-700">{w('fixed.title')}</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {result.fixedLevers.map(({ lever, why }) => (
              <li key={lever}>{w('fixed.item', { lever: sayLever(locale, lever), why: sayFixed(locale, why) })}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
