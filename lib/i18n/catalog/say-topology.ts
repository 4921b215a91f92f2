import { topology as en } from './en/topology'
import { topology as ko } from './ko/topology'
import { speaker } from './speaker'
import type { TopologyReason } from '../../topology/topology-reasons'

/** The topology engine's labels (boxes, lines, collapsed groups), without the rest of the catalog. */
export const sayTopology = speaker<TopologyReason>({ en, ko })
