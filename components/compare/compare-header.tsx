import { LOCALES, type Locale } from '@/lib/i18n/locale'
import { sayUi } from '@/lib/i18n/catalog/say-ui'
import { compareSay } from './compare-say'
import { BrandMark } from '@/components/ui/brand-mark'

/** The page's bar: back to the dashboard, the page's name, and the language as plain links. */
export function CompareHeader({ locale, hrefFor }: { locale: Locale; hrefFor: Record<Locale, string> }) {
  const w = compareSay(locale)
  return (
    <header className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-1 bg-slate-900 px-4 py-2 text-white sm:px-6">
      <div className="flex items-center gap-4">
        <a href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight hover:text-sky-200 focus-visible:outline-2 focus-visible:outline-sky-400">
          <BrandMark />
          ArchDeck
        </a>
        {/* On a phone the page's own heading names it; the bar keeps the way back and the languages. */}
        <span aria-hidden className="hidden text-slate-500 sm:inline">/</span>
        <span className="hidden text-sm font-medium text-slate-200 sm:inline">{w('page-title')}</span>
      </div>
      <nav aria-label={w('language')} className="flex flex-wrap items-center gap-1 text-sm">
        <a href="/" className="rounded-md px-3 py-1.5 font-medium text-slate-200 hover:bg-slate-800">
          {w('back-to-dashboard')}
        </a>
        {LOCALES.map((l) => (
          <a
            key={l}
            href={hrefFor[l]}
            lang={l}
            aria-current={l === locale ? 'true' : undefined}
            className={`rounded-md px-2.5 py-1.5 font-medium ${l === locale ? 'bg-slate-700 text-white' : 'text-slate-300 hover:bg-slate-800'}`}
          >
            {/* Each language named in itself. */}
            {sayUi(l, { code: 'ui.language.ownName', params: {} })}
          </a>
        ))}
      </nav>
    </header>
  )
}
