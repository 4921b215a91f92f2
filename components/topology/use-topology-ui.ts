import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n'
import { topologyUi, type SayUi } from './topology-ui'

export type { SayUi }

/** The topology panel's words in the reader's language. */
export function useTopologyUi(): { ui: SayUi; locale: Locale } {
  const { locale } = useLocale()
  return { ui: topologyUi(locale), locale }
}
