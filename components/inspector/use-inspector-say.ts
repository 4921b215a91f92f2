'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { InspectorReason } from '@/lib/i18n/catalog/inspector-reasons'
import { sayInspector } from '@/lib/i18n/catalog/say-inspector'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'
import type { Locale } from '@/lib/i18n/locale'

/** The inspector's words in the reader's language: w('add-rule'), w('remove-rule', { n: 2 }). */
export function useInspectorSay(): { w: Words<InspectorReason, 'inspector'>; locale: Locale } {
  const { locale } = useLocale()
  return { w: wordsIn('inspector', sayInspector, locale), locale }
}
