import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/locale'
import type { SayPresent } from './present-say'

type DeckFooterProps = {
  say: SayPresent
  /** The other language's words, for the switch that offers it. */
  offer: SayPresent
  otherLocale: Locale
  atStart: boolean
  atEnd: boolean
  onPrevious: () => void
  onNext: () => void
  onSwitchLanguage: () => void
  onDownload: () => void
  dashboardHref?: string
  onExit: () => void
}

const CONTROL = 'inline-flex shrink-0 items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium sm:px-3.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 disabled:opacity-40'
const BUTTON = `${CONTROL} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`
const EXIT_BUTTON = `${CONTROL} border-slate-900 bg-slate-900 text-white hover:bg-slate-700`

/** Below a laptop's width the longer controls show an icon; their words stay their accessible names (and tooltips). */
function Labelled({ icon, label }: { icon: ReactNode; label: string }) {
  return (
    <>
      <svg viewBox="0 0 20 20" className="h-5 w-5 lg:hidden" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
        {icon}
      </svg>
      <span className="max-lg:sr-only">{label}</span>
    </>
  )
}

const DOWNLOAD_ICON = <path d="M10 3v9m-4-4 4 4 4-4M4 14v2.5h12V14" />
const PRINT_ICON = <path d="M6 8V3h8v5M6 14H4V8h12v6h-2M6 11h8v6H6z" />
const DASHBOARD_ICON = <path d="M3 3h6v6H3zM11 3h6v4h-6zM11 9h6v8h-6zM3 11h6v6H3z" />

/** ← → and the keys' hint on the left; language, report, print, dashboard and Exit on the right. Lower on a short screen (a phone turned sideways). */
export function DeckFooter({ say, offer, otherLocale, atStart, atEnd, onPrevious, onNext, onSwitchLanguage, onDownload, dashboardHref, onExit }: DeckFooterProps) {
  return (
    <footer className="flex min-h-16 shrink-0 flex-wrap items-center justify-between gap-x-2 gap-y-2 border-t border-slate-200 bg-slate-50 px-3 py-2.5 sm:gap-x-4 sm:px-8 print:hidden [@media(max-height:30rem)]:min-h-12 [@media(max-height:30rem)]:py-1.5">
      <div className="flex items-center gap-1.5 sm:gap-2">
        <button type="button" className={BUTTON} onClick={onPrevious} disabled={atStart} aria-label={say('present.previous')}>
          ←
        </button>
        <button type="button" className={BUTTON} onClick={onNext} disabled={atEnd} aria-label={say('present.next')}>
          →
        </button>
        <span className="ml-2 hidden text-sm text-slate-500 xl:inline">{say('present.keys')}</span>
      </div>
      <div className="flex items-center gap-1.5 sm:gap-2">
        <button type="button" className={BUTTON} onClick={onSwitchLanguage} aria-label={offer('present.offer-language-label')} lang={otherLocale}>
          {offer('present.offer-language')}
        </button>
        <button type="button" className={BUTTON} onClick={onDownload} title={say('present.download')}>
          <Labelled icon={DOWNLOAD_ICON} label={say('present.download')} />
        </button>
        <button type="button" className={BUTTON} onClick={() => window.print()} title={say('present.print')}>
          <Labelled icon={PRINT_ICON} label={say('present.print')} />
        </button>
        {dashboardHref && (
          <a className={BUTTON} href={dashboardHref} title={say('present.open-dashboard')}>
            <Labelled icon={DASHBOARD_ICON} label={say('present.open-dashboard')} />
          </a>
        )}
        <button type="button" className={EXIT_BUTTON} onClick={onExit}>
          {say('present.exit')} <kbd className="rounded bg-white/15 px-1.5 text-xs max-sm:sr-only">{say('present.exit-key')}</kbd>
        </button>
      </div>
    </footer>
  )
}
