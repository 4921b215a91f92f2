'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n/locale'
import type { KpiReason } from '@/lib/i18n/catalog/kpi-reasons'
import { sayKpi } from '@/lib/i18n/catalog/say-kpi'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'

/** The KPI strip's words in the reader's language: k('recovery-value', { auto, total }). */
export function useKpiSay(): { k: Words<KpiReason, 'kpi'>; locale: Locale } {
  const { locale } = useLocale()
  return { k: wordsIn('kpi', sayKpi, locale), locale }
}
