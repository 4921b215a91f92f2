'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n/locale'
import { sayViews } from '@/lib/i18n/catalog/say-views'
import type { ViewsReason } from '@/lib/i18n/catalog/views-reasons'

type Code = ViewsReason['code']
type ParamsOf<C extends Code> = Extract<ViewsReason, { code: C }>['params']

/** Says one of the views' words: w('views.tab', { tab: 'ops' }), w('views.no-findings'). */
export type SayView = <C extends Code>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]) => string

/** The views' words in one language (the `views` namespace of the catalog). */
export function viewSay(locale: Locale): SayView {
  return (code, ...params) => sayViews(locale, { code, params: params[0] ?? {} } as ViewsReason)
}

/** The views' words in the reader's language. */
export function useViewSay(): { w: SayView; locale: Locale } {
  const { locale } = useLocale()
  return { w: viewSay(locale), locale }
}
