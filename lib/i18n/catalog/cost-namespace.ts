import type { CostReason } from '../../cost/cost-reasons'
import type { EvaluateReason } from '../../evaluate/evaluate-reasons'

/** The `cost` namespace: the bill (lib/cost) and the CI gate's breaches and what-if options (lib/evaluate). */
export type CostNamespaceReason = CostReason | EvaluateReason
