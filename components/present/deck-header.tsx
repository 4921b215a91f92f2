import type { SayPresent } from './present-say'
import type { Slide } from './slides'
import { BrandMark } from '@/components/ui/brand-mark'

type DeckHeaderProps = {
  deckTitle: string
  readOnly: boolean
  slides: readonly Slide[]
  index: number
  onGoTo: (index: number) => void
  say: SayPresent
}

/**
 * The deck's name, a dot per slide and where we are. On a phone the name wraps (a shared
 * version's name is long) and the dots go under it when they do not fit beside it; on a phone
 * turned sideways it is lower, to leave the slide room.
 */
export function DeckHeader({ deckTitle, readOnly, slides, index, onGoTo, say }: DeckHeaderProps) {
  return (
    <header className="flex min-h-14 shrink-0 flex-wrap items-center justify-between gap-x-4 gap-y-1.5 border-b border-slate-200 px-4 py-2 sm:px-8 print:hidden [@media(max-height:30rem)]:min-h-10 [@media(max-height:30rem)]:py-1">
      <div className="flex min-w-[min(100%,13rem)] flex-1 flex-wrap items-center gap-x-3 gap-y-1">
        <BrandMark className="h-6 w-6 shrink-0" />
        <span className="min-w-0 break-words text-sm leading-tight font-semibold sm:text-base" data-testid="presentation-title">
          {deckTitle}
        </span>
        {readOnly && <span className="rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-300">{say('present.read-only')}</span>}
      </div>
      <div className="ml-auto flex items-center gap-4">
        <nav aria-label={say('present.deck')} className="flex items-center gap-1.5">
          {slides.map((slide, i) => (
            <button
              key={slide.id}
              type="button"
              onClick={() => onGoTo(i)}
              aria-label={say('present.go-to', { position: i + 1, title: slide.title })}
              aria-current={i === index ? 'step' : undefined}
              className={`h-2.5 rounded-full transition-all focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 ${i === index ? 'w-8 bg-slate-900' : 'w-2.5 bg-slate-300 hover:bg-slate-400'}`}
            />
          ))}
        </nav>
        <p className="shrink-0 text-sm font-medium tabular-nums text-slate-500" aria-hidden>
          {index + 1} / {slides.length}
        </p>
      </div>
    </header>
  )
}
