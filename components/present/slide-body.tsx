import type { ReactNode } from 'react'
import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import type { Narrative, Verdict } from '@/lib/narrative'
import { BusinessVisual } from './business-visual'
import { CtoVisual } from './cto-visual'
import { DecisionVisual } from './decision-visual'
import { FinanceVisual } from './finance-visual'
import { keepUnits } from './keep-units'
import { OpsVisual } from './ops-visual'
import type { SayPresent } from './present-say'
import { SecurityVisual } from './security-visual'
import type { Slide } from './slides'
import { SummaryVisual } from './summary-visual'
import { VERDICT_FILL } from './verdict-style'

/** The summary's colour key, in the order the chips run from fine to urgent. */
const VERDICTS: readonly Verdict[] = ['good', 'warn', 'bad']

type BodyParts = { scenario: Scenario; evaluation: Evaluation; narrative: Narrative; locale: Locale; say: SayPresent }

/**
 * Each slide's words (under its headline) and its one picture. Sizes in em follow the slide's body
 * size, which follows the stage (slide-frame.tsx).
 */
export function renderSlideBody(slide: Slide, { scenario, evaluation, narrative, locale, say }: BodyParts): { words: ReactNode; visual: ReactNode } {
  const peakName = scenario.requirements.traffic.peak.name
  const sentences = <Sentences items={slide.sentences} />
  switch (slide.id) {
    case 'summary':
      return {
        words: !evaluation.design.runnable ? (
          // A design that cannot start: the summary's first sentences are why (lib/narrative/narrate.ts).
          <div className="mt-[1.2em] print:mt-3">
            <p className="text-[1.2em] font-semibold text-slate-900 print:text-lg">{narrative.name}</p>
            <ul className="mt-[0.8em] space-y-2 text-[0.9em] leading-snug text-rose-900 print:text-sm">
              {slide.sentences.slice(0, evaluation.design.blockers.length).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="mt-[1.5em] space-y-2 text-slate-600 print:mt-4 print:text-base">
            <p className="text-[1.2em] font-semibold text-slate-900 print:text-lg">{narrative.name}</p>
            <p>{narrative.context}</p>
            <p>{narrative.exchangeRate}</p>
            <ul className="flex flex-wrap gap-x-6 gap-y-1 pt-[1.2em] text-[0.8em] print:pt-3 print:text-sm" aria-hidden>
              {VERDICTS.map((verdict) => (
                <li key={verdict} className="flex items-center gap-2">
                  <span className="h-3.5 w-3.5 rounded-full" style={{ backgroundColor: VERDICT_FILL[verdict] }} />
                  {say('present.verdict-legend', { verdict })}
                </li>
              ))}
            </ul>
          </div>
        ),
        visual: <SummaryVisual narrative={narrative} locale={locale} />,
      }
    case 'ops':
      return { words: sentences, visual: <OpsVisual evaluation={evaluation} locale={locale} /> }
    case 'business':
      return { words: sentences, visual: <BusinessVisual scenario={scenario} evaluation={evaluation} locale={locale} /> }
    case 'security':
      return { words: sentences, visual: <SecurityVisual scenario={scenario} evaluation={evaluation} locale={locale} /> }
    case 'finance':
      return { words: sentences, visual: <FinanceVisual evaluation={evaluation} locale={locale} peakName={peakName} /> }
    case 'cto':
      return { words: sentences, visual: <CtoVisual scenario={scenario} evaluation={evaluation} locale={locale} /> }
    case 'decision':
      return {
        words: <p className="mt-[1.5em] text-[0.87em] leading-relaxed text-slate-500 print:mt-4 print:text-sm">{narrative.decision.basis}</p>,
        visual: <DecisionVisual steps={slide.sentences} />,
      }
  }
}

function Sentences({ items }: { items: readonly string[] }) {
  return (
    <ul className="mt-[1.35em] space-y-[0.7em] leading-snug text-slate-700 print:mt-4 print:space-y-2 print:text-[1.08rem]">
      {items.map((sentence) => (
        <li key={sentence} className="flex gap-3">
          <span className="mt-[0.6em] h-1.5 w-1.5 shrink-0 rounded-full bg-slate-400" aria-hidden />
          <span>{keepUnits(sentence)}</span>
        </li>
      ))}
    </ul>
  )
}
