import type { CostLine } from '../lib/cost'
import type { Evaluation } from '../lib/evaluate'
import { costLineWords, say, sayCost } from '../lib/i18n'
import { priceAgeOf } from '../lib/pricing/price-age'

/** JSON has no Infinity: an overloaded queue's p95 is written as null. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : null
}

/** A bill line as before (label, formula and source in English), with its codes beside them. */
function lineJson(line: CostLine, today: Date) {
  const says = costLineWords(line, 'en')
  const age = priceAgeOf(line.price, today)
  return {
    id: line.id,
    component: line.component,
    label: says.label,
    quantity: Math.round(line.quantity * 1000) / 1000,
    unit: line.unit,
    unitPriceUsd: line.price.status === 'known' ? line.price.usd : null,
    priceBasis: line.price.status === 'known' ? line.price.basis : 'unknown',
    monthlyUsd: line.monthlyUsd,
    formula: says.formula,
    source: says.source,
    // The date read from the source (null when it gives none) and whether it is more than 12 months before the report.
    sourceDate: age.date,
    old: age.old,
    // Codes for CI gates: the label's, the formula's terms (quantity, unit price, price id, result) and the source's.
    code: line.label.code,
    params: line.label.params,
    formulaCode: line.formula.code,
    formulaParams: line.formula.params,
    sourceCode: line.source.code,
    sourceParams: line.source.params,
  }
}

/**
 * The documented `report --json` shape; field names are a contract for scripts and CI gates.
 * `today` dates the report: a line's price is `old` when its source is more than 12 months before it.
 */
export function toReportJson(source: string, scenarioName: string, e: Evaluation, today: Date = new Date()) {
  return {
    source,
    name: scenarioName,
    cost: {
      monthlyUsd: e.cost.monthlyUsd,
      monthlyKrw: e.cost.monthlyKrw,
      krwPerUsd: e.cost.krwPerUsd,
      budgetKrw: e.cost.budget.budgetKrw,
      budgetUsd: e.cost.budget.budgetUsd,
      withinBudget: e.cost.budget.withinBudget,
      overByKrw: e.cost.budget.overByKrw,
      complete: e.cost.complete,
      unknownLines: e.cost.unknownLines,
      formula: sayCost('en', e.cost.formula),
      // Codes for CI gates, beside the English: the total's, the band's and the budget check's.
      formulaCode: e.cost.formula.code,
      formulaParams: e.cost.formula.params,
      budgetCode: e.cost.budget.formula.code,
      budgetParams: e.cost.budget.formula.params,
      band: {
        minUsd: e.cost.band.minUsd,
        typicalUsd: e.cost.band.typicalUsd,
        peakUsd: e.cost.band.peakUsd,
        formula: sayCost('en', e.cost.band.formula),
        code: e.cost.band.formula.code,
        params: e.cost.band.formula.params,
      },
      priceCatalogCompiled: e.cost.priceCatalogCompiled,
      lines: e.cost.lines.map((line) => lineJson(line, today)),
    },
    recovery: {
      coverage: e.recovery.coverage.value,
      coverageFormula: say('en', e.recovery.coverage.formula),
      autoCount: e.recovery.autoCount,
      partialCount: e.recovery.partialCount,
      manualCount: e.recovery.manualCount,
      scenarios: e.recovery.scenarios.map((s) => ({
        id: s.id,
        title: say('en', s.title),
        mode: s.mode,
        rtoMinutes: s.rtoMinutes,
        rpoMinutes: s.rpoMinutes,
        meetsObjectives: s.meetsObjectives,
        reason: say('en', s.reason),
        improvement: s.improvement && say('en', s.improvement),
        // Codes for CI gates, beside the English: the reason's, then the improvement's (null when it already recovers by itself).
        reasonCode: s.reason.code,
        params: s.reason.params,
        improvementCode: s.improvement?.code ?? null,
        improvementParams: s.improvement?.params ?? null,
      })),
    },
    capacity: {
      meetsSla: e.capacity.meetsSla,
      slaP95Ms: e.capacity.slaP95Ms,
      services: e.capacity.services.map((s) => ({
        id: s.serviceId,
        name: s.name,
        p95Ms: finiteOrNull(s.p95Ms),
        typicalP95Ms: finiteOrNull(s.typical.p95Ms),
        peakP95Ms: finiteOrNull(s.peak.p95Ms),
        typicalUtilisation: finiteOrNull(s.typical.utilisation),
        peakUtilisation: finiteOrNull(s.peak.utilisation),
        peakTasks: s.peakTasks,
        meetsSla: s.meetsSla,
        minTasksForSla: s.minTasksForSla,
        recommendedTasks: s.recommendedTasks,
        formula: say('en', s.peak.formula),
        explanation: say('en', s.advice),
        // Codes for CI gates, beside the English: the advice's, then the peak formula's (Infinity is written as null).
        code: s.advice.code,
        params: s.advice.params,
        formulaCode: s.peak.formula.code,
        formulaParams: s.peak.formula.params,
      })),
    },
    security: {
      counts: e.security.counts,
      // Message and fix in English as before; their codes and params beside them, for CI gates.
      findings: e.security.findings.map((f) => ({
        id: f.id,
        severity: f.severity,
        message: say('en', f.message),
        resource: f.resource,
        fix: say('en', f.fix),
        code: f.message.code,
        params: f.message.params,
        fixCode: f.fix.code,
        fixParams: f.fix.params,
      })),
      internetReachable: e.security.internetReachable.map((r) => ({ target: r.target, port: r.port, path: r.path })),
      layers: e.security.layers.map((l) => ({
        id: l.id,
        name: say('en', l.name),
        passed: l.passed,
        evidence: say('en', l.evidence),
        code: l.evidence.code,
        params: l.evidence.params,
      })),
      // The answer's fields as before (the explanation in English), with its code and params; a reader who wants another language words the code.
      dbQuestion: {
        ...e.security.dbQuestion,
        explanation: say('en', e.security.dbQuestion.explanation),
        code: e.security.dbQuestion.explanation.code,
        params: e.security.dbQuestion.explanation.params,
      },
    },
  }
}
