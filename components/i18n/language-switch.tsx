'use client'

import { LOCALES, type Locale } from '@/lib/i18n'
import { useLocale, useT } from './locale-provider'

const LABEL: Record<Locale, string> = { en: 'English', ko: '한국어' }

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
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LABEL[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
