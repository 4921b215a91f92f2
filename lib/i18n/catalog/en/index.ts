import { capacity } from './capacity'
import { recovery } from './recovery'
import { security } from './security'
import { topology } from './topology'
import { topologyUi } from './topology-ui'

/** English, namespace by namespace: the reference every other language is checked against. */
export const en = { ...capacity, ...recovery, ...security, ...topology, ...topologyUi }
