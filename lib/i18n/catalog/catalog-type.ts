import type { CapacityReason } from '../../capacity/capacity-reasons'
import type { RecoveryReason } from '../../recovery/recovery-reasons'
import type { SecurityReason } from '../../security/security-reasons'
import type { TopologyReason } from '../../topology/topology-reasons'
import type { Messages } from './define'
import type { TopologyUiReason } from './topology-ui-reasons'

/**
 * Every reason an engine returns. An engine converted to codes adds its union here (recovery,
 * security, cost formulas, …): each language's catalog then fails tsc until it words every code.
 */
export type CatalogReason = CapacityReason | RecoveryReason | SecurityReason | TopologyReason | TopologyUiReason

/** A language's whole catalog: one function per code. */
export type Catalog = Messages<CatalogReason>
