'use client'

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { LOCALE_COOKIE, LOCALE_STORAGE_KEY, type Locale } from '@/lib/i18n/locale'
import { uiWords } from '@/lib/i18n/messages'

type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void }

const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: () => {} })

/**
 * The chosen language, persisted in a cookie (so the server renders it on the next visit) and in
 * localStorage (read by pages that render on the client only).
 */
export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial)
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Storage disabled: the cookie still carries the choice.
    }
    document.documentElement.lang = next
  }, [])
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext)
}

/** `t('kpi.cost')`, `t('prices.title', { region })`: the dashboard's words in the current language. */
export function useT(): ReturnType<typeof uiWords> {
  const { locale } = useLocale()
  return useMemo(() => uiWords(locale), [locale])
}
