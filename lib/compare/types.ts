import type { CostComponent } from '../cost'
import type { Scenario } from '../model'
import type { RecoveryMode, ScenarioId } from '../recovery'
import type { FindingMessage, Severity } from '../security'
import type { Stakeholder } from '../stakeholders/stakeholders'
import type { ChangeEffect, ChangeLabel, ChangeValue, LineLabel, WinnerReason } from './compare-reasons'

/** What `compareScenarios` takes: a plan with the id and name the comparison shows. */
export type ComparisonInput = { id: string; name: string; scenario: Scenario }

/**
 * One cost line of one plan. `absent` = the plan has no such line (no internal ALB);
 * `unknown` = the plan has the line but its price is unknown. Both carry `monthlyUsd: null`,
 * so neither can be summed as 0 by accident.
 */
export type LineCell =
  | { state: 'known'; monthlyUsd: number }
  | { state: 'unknown'; monthlyUsd: null }
  | { state: 'absent'; monthlyUsd: null }

/** A cost line id across every plan, in the order the plans first list it. */
export type AlignedCostLine = {
  id: string
  /** The label of the first plan that has the line ("RDS postgresql db.t3.small Multi-AZ on-demand"). */
  label: LineLabel
  component: CostComponent
  cells: LineCell[]
}

/** One component (compute, database, …) of one plan: the known sum and the lines without a price. */
type ComponentCell = {
  knownUsd: number
  /** Labels of this component's lines whose price is unknown. */
  unknownLabels: LineLabel[]
  /** 0 when the plan has nothing of this component. */
  lineCount: number
}

export type AlignedComponent = { component: CostComponent; cells: ComponentCell[] }

export type ComparedService = {
  serviceId: string
  name: string
  /** null = overloaded: the queue grows without bound. */
  typicalP95Ms: number | null
  peakP95Ms: number | null
  meetsSla: boolean
  peakTasks: number
  maxTasks: number
  peakRps: number
  /** Requests per second the service serves at its autoscaling maximum while every server is busy. */
  capacityAtMaxRps: number
  peakUtilisation: number | null
}

export type BudgetVerdict = 'within' | 'within-so-far' | 'over'

/** The evaluation of one plan, reduced to the figures a comparison needs. JSON-safe: no Infinity. */
export type ComparedItem = {
  id: string
  name: string
  region: string
  cost: {
    monthlyUsd: number
    monthlyKrw: number
    krwPerUsd: number
    /** false when some line has no known price: monthlyUsd is then a lower bound. */
    complete: boolean
    unknownLineIds: string[]
    unknownLineLabels: LineLabel[]
    band: { minUsd: number; typicalUsd: number; peakUsd: number }
    budget: { budgetUsd: number; budgetKrw: number; withinBudget: boolean; overByUsd: number; overByKrw: number; verdict: BudgetVerdict }
    priceCatalogCompiled: string
  }
  recovery: {
    autoCount: number
    partialCount: number
    manualCount: number
    scenarioCount: number
    /** Sum of the RTOs that are bounded; `unboundedCount` says how many are not. */
    rtoSumMinutes: number
    unboundedCount: number
    /** The plan's own eight; an egress scenario another plan has is absent. */
    scenarios: Partial<Record<ScenarioId, { mode: RecoveryMode; rtoMinutes: number | null; rpoMinutes: number | null; meetsObjectives: boolean }>>
  }
  capacity: {
    slaP95Ms: number
    peakName: string
    peakRps: number
    /** null = at least one service is overloaded. */
    worstPeakP95Ms: number | null
    worstTypicalP95Ms: number | null
    meetsSla: boolean
    /** Every service answers the peak within the SLA. */
    peakCarried: boolean
    /** Smallest over the services of capacity at the autoscaling maximum ÷ peak demand − 1 (0.5 = 50 % to spare); null without peak traffic. */
    peakHeadroom: number | null
    services: ComparedService[]
  }
  security: {
    counts: Record<Severity, number>
    /** The finding's message as a reason; the catalog words it (say). */
    findings: { id: string; severity: Severity; message: FindingMessage }[]
  }
}

export type Comparison = {
  items: ComparedItem[]
  /** The eight failure scenarios, in the order every view lists them. */
  scenarioIds: readonly ScenarioId[]
  /** Every cost line id of any plan, aligned across plans. */
  costLines: AlignedCostLine[]
  /** Every cost component of any plan, aligned across plans. */
  components: AlignedComponent[]
  /** Every service id of any plan, aligned; null where a plan has no such service. */
  services: { serviceId: string; name: string; cells: (ComparedService | null)[] }[]
}

export type { Stakeholder }

/** A stakeholder's pick; the catalog words the reason (sayCompare). */
export type Winner = { stakeholder: Stakeholder; winnerIds: string[]; reason: WinnerReason }

/** How an effect reads for the plan that takes the change: what a view colours it by. */
export type EffectTone = 'costs-more' | 'saves' | 'better' | 'worse' | 'unknown' | 'neutral'

/** What one config change does on its own, applied to the first plan. */
export type ChangeImpact = {
  /** Change of the known monthly total, over the lines that are known on both sides (and known lines added or removed). */
  costDeltaUsd: number
  costDeltaKrw: number
  /** Lines that lose or gain a known price with this change. */
  linesBecameUnknown: { label: LineLabel; monthlyUsd: number }[]
  linesBecameKnown: { label: LineLabel; monthlyUsd: number }[]
  /** Lines whose price is unknown on both sides although the line changed: the cost change is unknown. */
  linesStillUnknown: LineLabel[]
  recovery: { scenarioId: ScenarioId; from: RecoveryMode; to: RecoveryMode }[]
}

/**
 * One meaningful difference between two plans, as codes the catalog words, with what it does on its own.
 * Example: { path: 'config.database.multiAz', label: compare.field dbMultiAz, from: compare.value.on-off false,
 * to: … true, effects: [compare.effect.cost 15.44, compare.effect.recovery db-unresponsive manual → auto] }
 */
export type ConfigChange = {
  path: string
  label: ChangeLabel
  /** null for a generic entry whose settings are not one plain value each side. */
  from: ChangeValue | null
  to: ChangeValue | null
  effects: ChangeEffect[]
  /** One per effect, in the same order. */
  effectTones: EffectTone[]
  /** false for the generic "X changed" entries. */
  specific: boolean
  /** For a generic entry: the settings that differ, relative to its section ("ingress[0].fromPort"). */
  fields?: string[]
  /** null when the change cannot be applied alone (it would leave the first plan invalid). */
  impact: ChangeImpact | null
}
