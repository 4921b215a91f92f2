import type { Catalog } from '../catalog-type'
import { capacity } from './capacity'
import { recovery } from './recovery'
import { security } from './security'
import { topology } from './topology'
import { topologyUi } from './topology-ui'

/** Korean, namespace by namespace; typed as the whole catalog, so a namespace left out fails tsc. */
export const ko: Catalog = { ...capacity, ...recovery, ...security, ...topology, ...topologyUi }
