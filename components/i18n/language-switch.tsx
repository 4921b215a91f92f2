'use client'

import { LOCALES, type Locale } from '@/lib/i18n/locale'
import { uiWords } from '@/lib/i18n/messages'
import { useLocale, useT } from './locale-provider'

export function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { locale, setLocale } = useLocale()
  const t = useT()
  return (
    <label className={`flex items-center gap-1.5 text-xs font-medium ${tone === 'dark' ? 'text-slate-300' : 'text-slate-600'}`}>
      <span className="sr-only">{t('header.language')}</span>
      <select
        value={locale}
        aria-label={t('header.language')}
        onChange={(e) => setLocale(e.target.value as Locale)}
        className={`rounded-md border px-1.5 py-1 text-xs focus:outline-2 focus:outline-sky-400 ${tone === 'dark' ? 'border-slate-600 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-900'}`}
      >
        {/* Each language in its own words, so a reader finds theirs whatever is shown now. */}
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {uiWords(l)('language.ownName')}
          </option>
        ))}
      </select>
    </label>
  )
}
