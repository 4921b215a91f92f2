import { useLocale } from '@/components/i18n/locale-provider'
import type { TopologyUiReason } from '@/lib/i18n/catalog/topology-ui-reasons'
import { sayTopologyUi } from '@/lib/i18n/catalog/say-topology-ui'
import type { Locale } from '@/lib/i18n/locale'

type Code = TopologyUiReason['code']
type ParamsOf<C extends Code> = Extract<TopologyUiReason, { code: C }>['params']

/** Says one of the topology panel's words: ui('topology-ui.find'), ui('topology-ui.found', { index: 1, count: 3 }). */
export type SayUi = <C extends Code>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]) => string

/** The topology panel's words in one language (the `topology-ui` namespace of the catalog). */
export function topologyUi(locale: Locale): SayUi {
  return (code, ...params) => sayTopologyUi(locale, { code, params: params[0] ?? {} } as TopologyUiReason)
}

/** The topology panel's words in the reader's language. */
export function useTopologyUi(): { ui: SayUi; locale: Locale } {
  const { locale } = useLocale()
  return { ui: topologyUi(locale), locale }
}
