'use client'

import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import type { Evaluation } from '@/lib/evaluate'
import { LOCALE_STORAGE_KEY, type Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { sayNarrative } from '@/lib/i18n/catalog/say-narrative'
import { sayReport } from '@/lib/i18n/catalog/say-report'
import { scenarioName } from '@/lib/i18n/catalog/say-presets'
import { narrate, type Narrative, type Verdict } from '@/lib/narrative'
import { renderStakeholderReport } from '@/lib/report'
import { BusinessVisual } from './business-visual'
import { CtoVisual } from './cto-visual'
import { DecisionVisual } from './decision-visual'
import { downloadText } from '@/components/ui/download'
import { slugify } from './download-text'
import { FinanceVisual } from './finance-visual'
import { OpsVisual } from './ops-visual'
import { presentSay, type SayPresent } from './present-say'
import { PRINT_CSS } from './print-css'
import { SecurityVisual } from './security-visual'
import { buildSlides, clampSlide, type Slide } from './slides'
import { SummaryVisual } from './summary-visual'
import { keepUnits } from './keep-units'
import { useSlideKeys } from './use-slide-keys'
import { VERDICT_CHIP, VERDICT_FILL } from './verdict-style'

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

const CONTROL = 'inline-flex items-center gap-2 rounded-lg border px-3.5 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-40'
const BUTTON = `${CONTROL} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`
const EXIT_BUTTON = `${CONTROL} border-slate-900 bg-slate-900 text-white hover:bg-slate-700`

/** The summary's colour key, in the order the chips run from fine to urgent. */
const VERDICTS: readonly Verdict[] = ['good', 'warn', 'bad']

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
  const [index, setIndex] = useState(0)
  const deckTitle = title ?? scenarioName(locale, presetId, narrative.name)

  const exit = useCallback(() => {
    if (onExit) onExit()
    else if (window.history.length > 1) window.history.back()
    else window.location.assign(exitHref)
  }, [onExit, exitHref])
  const keyActions = useMemo(
    () => ({
      next: () => setIndex((i) => clampSlide(i + 1, slides.length)),
      previous: () => setIndex((i) => clampSlide(i - 1, slides.length)),
      first: () => setIndex(0),
      last: () => setIndex(slides.length - 1),
      exit,
    }),
    [slides.length, exit],
  )
  useSlideKeys(keyActions)

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
    // keep-all: Korean wraps between words, never inside one ("데이터베이스" stays whole).
    <div className="present-root fixed inset-0 z-50 flex flex-col break-keep bg-white text-slate-900" lang={locale} data-testid="presentation">
      <style>{PRINT_CSS}</style>
      <header className="flex h-14 shrink-0 items-center justify-between gap-4 border-b border-slate-200 px-8 print:hidden">
        <div className="flex min-w-0 items-center gap-3">
          <svg viewBox="0 0 32 32" className="h-6 w-6 shrink-0" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#0ea5e9" />
            <path d="M8 22 16 8l8 14z" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinejoin="round" />
          </svg>
          <span className="truncate text-base font-semibold" data-testid="presentation-title">
            {deckTitle}
          </span>
          {readOnly && <span className="shrink-0 rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-slate-300">{say('present.read-only')}</span>}
        </div>
        <nav aria-label={say('present.deck')} className="flex items-center gap-1.5">
          {slides.map((slide, i) => (
            <button
              key={slide.id}
              type="button"
              onClick={() => setIndex(i)}
              aria-label={say('present.go-to', { position: i + 1, title: slide.title })}
              aria-current={i === index ? 'step' : undefined}
              className={`h-2.5 rounded-full transition-all focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 ${i === index ? 'w-8 bg-slate-900' : 'w-2.5 bg-slate-300 hover:bg-slate-400'}`}
            />
          ))}
        </nav>
        <p className="shrink-0 text-sm font-medium tabular-nums text-slate-500" aria-hidden>
          {index + 1} / {slides.length}
        </p>
      </header>

      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="slide-announcer">
        {say('present.slide-of', { position: index + 1, count: slides.length })}
      </p>

      <main className="present-stage relative min-h-0 flex-1 overflow-hidden">
        {slides.map((slide, i) => (
          <SlideFrame key={slide.id} slide={slide} active={i === index} position={i + 1} count={slides.length} deckTitle={deckTitle} say={say} locale={locale}>
            {renderSlideBody(slide, { scenario, evaluation, narrative, locale, say })}
          </SlideFrame>
        ))}
      </main>

      <footer className="flex h-16 shrink-0 items-center justify-between gap-4 border-t border-slate-200 bg-slate-50 px-8 print:hidden">
        <div className="flex items-center gap-2">
          <button type="button" className={BUTTON} onClick={keyActions.previous} disabled={index === 0} aria-label={say('present.previous')}>
            ←
          </button>
          <button type="button" className={BUTTON} onClick={keyActions.next} disabled={index === slides.length - 1} aria-label={say('present.next')}>
            →
          </button>
          <span className="ml-2 hidden text-sm text-slate-500 xl:inline">{say('present.keys')}</span>
        </div>
        <div className="flex items-center gap-2">
          <button type="button" className={BUTTON} onClick={switchLanguage} aria-label={offer('present.offer-language-label')} lang={otherLocale}>
            {offer('present.offer-language')}
          </button>
          <button type="button" className={BUTTON} onClick={downloadReport}>
            {say('present.download')}
          </button>
          <button type="button" className={BUTTON} onClick={() => window.print()}>
            {say('present.print')}
          </button>
          {!readOnly && dashboardHref && (
            <a className={BUTTON} href={dashboardHref}>
              {say('present.open-dashboard')}
            </a>
          )}
          <button type="button" className={EXIT_BUTTON} onClick={exit}>
            {say('present.exit')} <kbd className="rounded bg-white/15 px-1.5 text-xs">{say('present.exit-key')}</kbd>
          </button>
        </div>
      </footer>
    </div>
  )
}

type BodyParts = { scenario: Scenario; evaluation: Evaluation; narrative: Narrative; locale: Locale; say: SayPresent }

/** Each slide's left column (the words) and right column (its one picture). */
function renderSlideBody(slide: Slide, { scenario, evaluation, narrative, locale, say }: BodyParts): { words: ReactNode; visual: ReactNode } {
  const peakName = scenario.requirements.traffic.peak.name
  const sentences = <Sentences items={slide.sentences} />
  switch (slide.id) {
    case 'summary':
      return {
        words: !evaluation.design.runnable ? (
          // A design that cannot start: the summary's first sentences are why (lib/narrative/narrate.ts).
          <div className="mt-6 print:mt-3">
            <p className="text-2xl font-semibold text-slate-900 print:text-lg">{narrative.name}</p>
            <ul className="mt-4 space-y-2 text-lg leading-snug text-rose-900 print:text-sm">
              {slide.sentences.slice(0, evaluation.design.blockers.length).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="mt-8 space-y-2 text-xl text-slate-600 print:mt-4 print:text-base">
            <p className="text-2xl font-semibold text-slate-900 print:text-lg">{narrative.name}</p>
            <p>{narrative.context}</p>
            <p>{narrative.exchangeRate}</p>
            <ul className="flex flex-wrap gap-x-6 gap-y-1 pt-6 text-base print:pt-3 print:text-sm" aria-hidden>
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
        words: <p className="mt-8 text-lg leading-relaxed text-slate-500 print:mt-4 print:text-sm">{narrative.decision.basis}</p>,
        visual: <DecisionVisual steps={slide.sentences} />,
      }
  }
}

function Sentences({ items }: { items: readonly string[] }) {
  return (
    <ul className="mt-7 space-y-3.5 text-[1.3rem] leading-snug text-slate-700 print:mt-5 print:space-y-2.5 print:text-[1.12rem]">
      {items.map((sentence) => (
        <li key={sentence} className="flex gap-3">
          <span className="mt-[0.6em] h-1.5 w-1.5 shrink-0 rounded-full bg-slate-400" aria-hidden />
          <span>{keepUnits(sentence)}</span>
        </li>
      ))}
    </ul>
  )
}

type SlideFrameProps = {
  slide: Slide
  active: boolean
  position: number
  count: number
  deckTitle: string
  say: SayPresent
  locale: Locale
  children: { words: ReactNode; visual: ReactNode }
}

/** One slide: a region named after its stakeholder, big headline left, its picture right. */
function SlideFrame({ slide, active, position, count, deckTitle, say, locale, children }: SlideFrameProps) {
  return (
    <section
      role="region"
      aria-label={say('present.slide-label', { title: slide.title, position, count })}
      aria-hidden={!active}
      inert={!active}
      data-slide={slide.id}
      className={`present-slide absolute inset-0 flex-col overflow-y-auto px-16 py-9 ${active ? 'flex' : 'hidden'}`}
    >
      <p className="mb-4 hidden items-center justify-between border-b border-slate-200 pb-2 text-xs text-slate-500 print:flex">
        <span>{say('present.print-header', { title: deckTitle })}</span>
        <span className="tabular-nums">
          {position} / {count}
        </span>
      </p>
      <p className="flex flex-wrap items-center gap-3 text-lg font-semibold uppercase tracking-wide text-sky-700 print:text-base">
        <span>{slide.title}</span>
        {slide.question && <span className="font-normal normal-case tracking-normal text-slate-500">{slide.question}</span>}
      </p>
      <div className="mt-4 grid min-h-0 flex-1 grid-cols-[minmax(0,1.08fr)_minmax(0,1fr)] items-start gap-14 max-md:grid-cols-1 print:mt-2 print:gap-8">
        <div className="min-w-0">
          <h2 className="text-balance text-[2.75rem] font-semibold leading-[1.12] tracking-tight text-slate-950 print:text-[2.1rem]" data-testid="slide-headline">
            {keepUnits(slide.headline)}
          </h2>
          {slide.verdict && (
            <span className={`mt-4 inline-flex rounded-md px-3 py-1 text-base font-semibold ring-1 ring-inset print:mt-2 print:text-xs ${VERDICT_CHIP[slide.verdict]}`}>
              {sayNarrative(locale, { code: 'narrative.verdict', params: { verdict: slide.verdict } })}
            </span>
          )}
          {children.words}
        </div>
        <div className="flex min-w-0 items-start pt-2">{children.visual}</div>
      </div>
    </section>
  )
}
