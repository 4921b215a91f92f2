import { topologyUi as en } from './en/topology-ui'
import { topologyUi as ko } from './ko/topology-ui'
import { speaker } from './speaker'
import type { TopologyUiReason } from './topology-ui-reasons'

/** The topology panel's own words, without the rest of the catalog. */
export const sayTopologyUi = speaker<TopologyUiReason>({ en, ko })
