'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { ControlsReason } from '@/lib/i18n/catalog/controls-reasons'
import { sayControls } from '@/lib/i18n/catalog/say-controls'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'
import type { Locale } from '@/lib/i18n/locale'

/** The controls' words in the reader's language: c('az-count', { count: 2 }). */
export function useControlsSay(): { c: Words<ControlsReason, 'controls'>; locale: Locale } {
  const { locale } = useLocale()
  return { c: wordsIn('controls', sayControls, locale), locale }
}
