'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n/locale'
import { sayViews } from '@/lib/i18n/catalog/say-views'
import type { ViewsReason } from '@/lib/i18n/catalog/views-reasons'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'

/** Says one of the views' words: w('tab', { tab: 'ops' }), w('no-findings'). */
export type SayView = Words<ViewsReason, 'views'>

/** The views' words in one language (the `views` namespace of the catalog). */
export function viewSay(locale: Locale): SayView {
  return wordsIn('views', sayViews, locale)
}

/** The views' words in the reader's language. */
export function useViewSay(): { w: SayView; locale: Locale } {
  const { locale } = useLocale()
  return { w: viewSay(locale), locale }
}
