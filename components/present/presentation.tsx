'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import type { Evaluation } from '@/lib/evaluate'
import { LOCALE_STORAGE_KEY, type Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { sayReport } from '@/lib/i18n/catalog/say-report'
import { scenarioName } from '@/lib/i18n/catalog/say-presets'
import { narrate } from '@/lib/narrative'
import { renderStakeholderReport } from '@/lib/report'
import { downloadText } from '@/components/ui/download'
import { DeckFooter } from './deck-footer'
import { DeckHeader } from './deck-header'
import { slugify } from './download-text'
import { presentSay } from './present-say'
import { PRINT_CSS } from './print-css'
import { renderSlideBody } from './slide-body'
import { SlideFrame } from './slide-frame'
import { buildSlides } from './slides'
import { useDeckPosition } from './use-deck-position'
import { useSlideFit } from './use-slide-fit'
import { useSlideKeys } from './use-slide-keys'

type PresentationProps = {
  scenario: Scenario
  evaluation: Evaluation
  locale: Locale
  /** Called on Esc and the Exit button; without it the deck goes back in history (or to `exitHref`). */
  onExit?: () => void
  /** Shown at the top and on every printed page; defaults to the scenario's name. */
  title?: string
  /** The preset the deck was opened from, so its name reads in the deck's language; custom work keeps its own. */
  presetId?: string
  /** A shared version: no link to edit it in the dashboard, and a read-only badge. */
  readOnly?: boolean
  /** "Open in dashboard" link, for decks opened from the dashboard. */
  dashboardHref?: string
  /** Where Exit goes when there is no history to go back to. */
  exitHref?: string
}

/**
 * The scenario as a full-screen deck for non-technical stakeholders: summary, ops, business,
 * security, finance, CTO and the decision, one slide each, in plain sentences from the narrative
 * and one simple picture per slide. Keys: → Space PageDown next, ← PageUp back, Home, End, Esc
 * leaves. Printing gives one landscape page per slide.
 */
export function Presentation({ scenario, evaluation, locale: initialLocale, onExit, title, presetId, readOnly = false, dashboardHref, exitHref = '/' }: PresentationProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale)
  const { setLocale: setAppLocale } = useLocale()
  const say = presentSay(locale)
  const otherLocale: Locale = locale === 'en' ? 'ko' : 'en'
  // The switch offers the other language in that language's own words.
  const offer = presentSay(otherLocale)
  const narrative = useMemo(() => narrate(scenario, evaluation, locale), [scenario, evaluation, locale])
  const slides = useMemo(() => buildSlides(narrative), [narrative])
  const deck = useDeckPosition(slides)
  const { index, part, isSplit, actions } = deck
  const deckTitle = title ?? scenarioName(locale, presetId, narrative.name)

  const exit = useCallback(() => {
    if (onExit) onExit()
    else if (window.history.length > 1) window.history.back()
    else window.location.assign(exitHref)
  }, [onExit, exitHref])
  const keyActions = useMemo(() => ({ ...actions, exit }), [actions, exit])
  useSlideKeys(keyActions)

  const stage = useRef<HTMLElement>(null)
  useSlideFit(stage, { contentKey: slides, id: slides[index]?.id ?? '', split: isSplit, part }, deck.splitSlide, deck.unsplitAll)

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const switchLanguage = () => {
    setLocale(otherLocale)
    setAppLocale(otherLocale)
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, otherLocale)
    } catch {
      // Storage disabled: the language still switches for this visit.
    }
    // Keep the choice across a reload of this very link.
    const url = new URL(window.location.href)
    url.searchParams.set('lang', otherLocale)
    window.history.replaceState(window.history.state, '', url)
  }

  const downloadReport = () => {
    const reportTitle = deckTitle !== narrative.name ? sayReport(locale, { code: 'report.title', params: { name: deckTitle } }) : undefined
    const markdown = renderStakeholderReport(scenario, evaluation, locale, { title: reportTitle, generatedAt: new Date() })
    downloadText(`${slugify(deckTitle)}-report-${locale}.md`, markdown, 'text/markdown;charset=utf-8')
  }

  return (
    // keep-all: Korean wraps between words, never inside one ("데이터베이스" stays whole), unless one word is wider than its box.
    <div className="present-root fixed inset-0 z-50 flex flex-col break-keep break-words bg-white text-slate-900" lang={locale} data-testid="presentation">
      <style>{PRINT_CSS}</style>
      <DeckHeader deckTitle={deckTitle} readOnly={readOnly} slides={slides} index={index} onGoTo={actions.goTo} say={say} />

      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="slide-announcer">
        {say('present.slide-of', { position: index + 1, count: slides.length })}
      </p>

      {/* A size container: the slides' type follows its width and height (slide-frame.tsx). */}
      <main ref={stage} className="present-stage relative min-h-0 flex-1 overflow-hidden [container-type:size]">
        {slides.map((slide, i) => (
          <SlideFrame
            key={slide.id}
            slide={slide}
            active={i === index}
            split={i === index && isSplit}
            part={part}
            position={i + 1}
            count={slides.length}
            deckTitle={deckTitle}
            say={say}
            locale={locale}
          >
            {renderSlideBody(slide, { scenario, evaluation, narrative, locale, say })}
          </SlideFrame>
        ))}
      </main>

      <DeckFooter
        say={say}
        offer={offer}
        otherLocale={otherLocale}
        atStart={deck.atStart}
        atEnd={deck.atEnd}
        onPrevious={actions.previous}
        onNext={actions.next}
        onSwitchLanguage={switchLanguage}
        onDownload={downloadReport}
        dashboardHref={readOnly ? undefined : dashboardHref}
        onExit={exit}
      />
    </div>
  )
}
