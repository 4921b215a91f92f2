import { evaluateScenario, type Evaluation } from '../evaluate'
import type { Scenario } from '../model'
import { effectiveServiceTime } from '../capacity'
import { SCENARIO_IDS } from '../recovery'
import type {
  AlignedComponent,
  AlignedCostLine,
  BudgetVerdict,
  ComparedItem,
  ComparedService,
  Comparison,
  ComparisonInput,
  LineCell,
} from './types'

export const MIN_COMPARED = 2
export const MAX_COMPARED = 4

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null)

/**
 * Evaluates two to four plans with the same engines the dashboard uses and lines their figures up.
 * Seed 001: plan 1 $391.50, plan 2 $295.03 and plan 3 $209.53 (their reservations stated by the seed),
 * final $304.39, all complete; budget $115.38.
 */
export function compareScenarios(items: readonly ComparisonInput[]): Comparison {
  if (items.length < MIN_COMPARED || items.length > MAX_COMPARED)
    throw new RangeError(`compare ${MIN_COMPARED} to ${MAX_COMPARED} scenarios, not ${items.length}`)
  const evaluations = items.map((item) => evaluateScenario(item.scenario))
  const compared = items.map((item, i) => summarise(item, evaluations[i]!))
  return {
    items: compared,
    // Each plan has the egress scenario its design has; the rows are those any plan has.
    scenarioIds: SCENARIO_IDS.filter((id) => evaluations.some((e) => e.recovery.scenarios.some((s) => s.id === id))),
    costLines: alignCostLines(evaluations),
    components: alignComponents(evaluations),
    services: alignServices(compared),
  }
}

function summarise(item: ComparisonInput, evaluation: Evaluation): ComparedItem {
  const { cost, recovery, capacity, security } = evaluation
  const services = capacity.services.map((s) => summariseService(item.scenario, s))
  const finitePeaks = services.map((s) => s.peakP95Ms)
  const finiteTypicals = services.map((s) => s.typicalP95Ms)
  const scenarios = Object.fromEntries(
    recovery.scenarios.map((s) => [s.id, { mode: s.mode, rtoMinutes: s.rtoMinutes, rpoMinutes: s.rpoMinutes, meetsObjectives: s.meetsObjectives }]),
  ) as ComparedItem['recovery']['scenarios']
  const verdict: BudgetVerdict = !cost.budget.withinBudget ? 'over' : cost.complete ? 'within' : 'within-so-far'
  const headrooms = services.filter((s) => s.peakRps > 0).map((s) => s.capacityAtMaxRps / s.peakRps - 1)
  return {
    id: item.id,
    name: item.name,
    region: item.scenario.config.region,
    cost: {
      monthlyUsd: cost.monthlyUsd,
      monthlyKrw: cost.monthlyKrw,
      krwPerUsd: cost.krwPerUsd,
      complete: cost.complete,
      unknownLineIds: cost.unknownLines,
      unknownLineLabels: cost.lines.filter((l) => l.monthlyUsd === null).map((l) => l.label),
      band: { minUsd: cost.band.minUsd, typicalUsd: cost.band.typicalUsd, peakUsd: cost.band.peakUsd },
      budget: {
        budgetUsd: cost.budget.budgetUsd,
        budgetKrw: cost.budget.budgetKrw,
        withinBudget: cost.budget.withinBudget,
        overByUsd: cost.budget.overByUsd,
        overByKrw: cost.budget.overByKrw,
        verdict,
      },
      priceCatalogCompiled: cost.priceCatalogCompiled,
    },
    recovery: {
      autoCount: recovery.autoCount,
      partialCount: recovery.partialCount,
      manualCount: recovery.manualCount,
      scenarioCount: recovery.scenarios.length,
      rtoSumMinutes: recovery.scenarios.reduce((sum, s) => sum + (s.rtoMinutes ?? 0), 0),
      unboundedCount: recovery.scenarios.filter((s) => s.rtoMinutes === null).length,
      scenarios,
    },
    capacity: {
      slaP95Ms: capacity.slaP95Ms,
      peakName: item.scenario.requirements.traffic.peak.name,
      peakRps: item.scenario.requirements.traffic.peak.rps,
      worstPeakP95Ms: finitePeaks.some((v) => v === null) ? null : Math.max(...(finitePeaks as number[])),
      worstTypicalP95Ms: finiteTypicals.some((v) => v === null) ? null : Math.max(...(finiteTypicals as number[])),
      meetsSla: capacity.meetsSla,
      peakCarried: capacity.services.every((s) => s.peak.meetsSla),
      peakHeadroom: headrooms.length === 0 ? null : Math.min(...headrooms),
      services,
    },
    security: {
      counts: { ...security.counts },
      findings: security.findings.map((f) => ({ id: f.id, severity: f.severity, message: f.message })),
    },
  }
}

function summariseService(scenario: Scenario, s: Evaluation['capacity']['services'][number]): ComparedService {
  const service = scenario.config.services.find((c) => c.id === s.serviceId)!
  const servers = service.count.max * service.performance.workersPerTask
  return {
    serviceId: s.serviceId,
    name: s.name,
    typicalP95Ms: finiteOrNull(s.typical.p95Ms),
    peakP95Ms: finiteOrNull(s.peak.p95Ms),
    meetsSla: s.meetsSla,
    peakTasks: s.peakTasks,
    maxTasks: service.count.max,
    peakRps: s.peak.rps,
    // Every server busy all the time: c / S requests a second, with S on this task size (calibrated and
    // scaled as the capacity engine does). The SLA breaks before this, so it is an upper bound.
    capacityAtMaxRps: servers / (effectiveServiceTime(service).params.serviceTimeMs / 1000),
    peakUtilisation: finiteOrNull(s.peak.utilisation),
  }
}

function alignCostLines(evaluations: readonly Evaluation[]): AlignedCostLine[] {
  const rows = new Map<string, AlignedCostLine>()
  evaluations.forEach((evaluation, i) => {
    for (const line of evaluation.cost.lines) {
      let row = rows.get(line.id)
      if (!row) {
        row = { id: line.id, label: line.label, component: line.component, cells: evaluations.map((): LineCell => ({ state: 'absent', monthlyUsd: null })) }
        rows.set(line.id, row)
      }
      row.cells[i] = line.monthlyUsd === null ? { state: 'unknown', monthlyUsd: null } : { state: 'known', monthlyUsd: line.monthlyUsd }
    }
  })
  return [...rows.values()]
}

function alignComponents(evaluations: readonly Evaluation[]): AlignedComponent[] {
  const rows = new Map<string, AlignedComponent>()
  evaluations.forEach((evaluation, i) => {
    for (const line of evaluation.cost.lines) {
      let row = rows.get(line.component)
      if (!row) {
        row = { component: line.component, cells: evaluations.map(() => ({ knownUsd: 0, unknownLabels: [], lineCount: 0 })) }
        rows.set(line.component, row)
      }
      const cell = row.cells[i]!
      cell.lineCount += 1
      if (line.monthlyUsd === null) cell.unknownLabels.push(line.label)
      else cell.knownUsd = Math.round((cell.knownUsd + line.monthlyUsd) * 100) / 100
    }
  })
  return [...rows.values()]
}

function alignServices(items: readonly ComparedItem[]): Comparison['services'] {
  const rows = new Map<string, Comparison['services'][number]>()
  items.forEach((item, i) => {
    for (const service of item.capacity.services) {
      let row = rows.get(service.serviceId)
      if (!row) {
        row = { serviceId: service.serviceId, name: service.name, cells: items.map(() => null) }
        rows.set(service.serviceId, row)
      }
      row.cells[i] = service
    }
  })
  return [...rows.values()]
}
