import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/locale'
import { sayNarrative } from '@/lib/i18n/catalog/say-narrative'
import { keepUnits } from './keep-units'
import type { SayPresent } from './present-say'
import type { Slide } from './slides'
import { VERDICT_CHIP } from './verdict-style'

type SlideFrameProps = {
  slide: Slide
  active: boolean
  /** Shown in two steps on this stage; `part` 0 is the words, 1 the picture. */
  split: boolean
  part: number
  position: number
  count: number
  deckTitle: string
  say: SayPresent
  locale: Locale
  children: { words: ReactNode; visual: ReactNode }
}

/*
 * Type follows the stage (the deck's <main>, a size container): words beside the picture from a
 * 56 rem wide stage, over it below. At 1440 × 900 the headline is 2.75 rem and the body 1.3 rem;
 * a 1280 × 720 projector gets about 34 and 16 px. use-slide-fit.ts then zooms the slide so it fits.
 */
const BODY_SIZE = 'text-[length:clamp(1rem,2.3cqw,1.2rem)] @4xl:text-[length:clamp(1rem,min(1.45cqw,2.7cqh),1.3rem)]'
const HEADLINE_SIZE = 'text-[length:clamp(1.4rem,6.4cqw,2.25rem)] @4xl:text-[length:clamp(1.5rem,min(3.1cqw,5.7cqh),2.75rem)]'
const TWO_COLUMNS = '@4xl:grid-cols-[minmax(0,1.08fr)_minmax(0,1fr)] @4xl:gap-14'

/** One slide: a region named after its stakeholder, big headline, its picture beside or below. */
export function SlideFrame({ slide, active, split, part, position, count, deckTitle, say, locale, children }: SlideFrameProps) {
  // Split, one column shows at a time on screen; print always has both, side by side.
  const showWords = !split || part === 0
  const showVisual = !split || part === 1
  return (
    <section
      role="region"
      aria-label={say('present.slide-label', { title: slide.title, position, count })}
      aria-hidden={!active}
      inert={!active}
      data-slide={slide.id}
      data-part={split ? part : undefined}
      className={`present-slide absolute inset-0 flex-col overflow-y-auto px-[clamp(1rem,4.5cqw,4rem)] py-[clamp(0.75rem,4.6cqh,2.25rem)] ${active ? 'flex' : 'hidden'}`}
    >
      <div className={`present-fit flex flex-col print:text-base ${BODY_SIZE}`}>
        <p className="mb-4 hidden items-center justify-between border-b border-slate-200 pb-2 text-xs text-slate-500 print:flex">
          <span>{say('present.print-header', { title: deckTitle })}</span>
          <span className="tabular-nums">
            {position} / {count}
          </span>
        </p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-base font-semibold uppercase tracking-wide text-sky-700 @4xl:text-lg print:text-base">
          <span>{slide.title}</span>
          {slide.question && <span className="font-normal normal-case tracking-normal text-slate-500">{slide.question}</span>}
        </p>
        <div className={`mt-4 grid grid-cols-1 items-start gap-6 print:mt-2 print:grid-cols-[minmax(0,1.08fr)_minmax(0,1fr)] print:gap-8 ${split ? '' : TWO_COLUMNS}`}>
          <div className={`min-w-0 print:block ${showWords ? '' : 'hidden'}`}>
            <h2 className={`text-balance font-semibold leading-[1.12] tracking-tight text-slate-950 print:text-[2.1rem] ${HEADLINE_SIZE}`} data-testid="slide-headline">
              {keepUnits(slide.headline)}
            </h2>
            {slide.verdict && (
              <span className={`mt-4 inline-flex rounded-md px-3 py-1 text-base font-semibold ring-1 ring-inset print:mt-2 print:text-xs ${VERDICT_CHIP[slide.verdict]}`}>
                {sayNarrative(locale, { code: 'narrative.verdict', params: { verdict: slide.verdict } })}
              </span>
            )}
            {children.words}
          </div>
          <div className={`min-w-0 items-start pt-2 print:flex ${showVisual ? 'flex' : 'hidden'} ${split ? 'mx-auto w-full max-w-[48rem]' : ''}`}>{children.visual}</div>
        </div>
      </div>
    </section>
  )
}
