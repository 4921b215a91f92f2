import { evaluateScenario } from '../lib/evaluate'
import type { Scenario } from '../lib/model'
import { listExtremeScenarios, workShare } from '../lib/model/testing/extreme-scenarios'
import type { BenchResult } from './engine'
import { summarise } from './measure'

/** The budget one evaluation of any scenario the schema accepts should stay under (issue 10). */
export const EXTREME_TARGET_MS = 50

/**
 * Each run evaluates a scenario nobody evaluated before (service times nudged by a billionth), as
 * a new link would be: the capacity engine remembers percentiles, and a warm cache would hide the
 * Erlang work a crafted link costs.
 */
function freshVariants(scenario: Scenario, count: number): Scenario[] {
  return Array.from({ length: count }, (_, run) => {
    const copy = structuredClone(scenario)
    for (const service of copy.config.services) service.performance.serviceTimeMs *= 1 + (run + 1) * 1e-9
    return copy
  })
}

/** One evaluateScenario per run at the schema's extremes, median and p95 against 50 ms. */
export function benchExtremes(runs = 30, warmup = 5): BenchResult[] {
  return listExtremeScenarios().map(({ name, scenario }) => {
    const variants = freshVariants(scenario, warmup + runs)
    for (const v of variants.slice(0, warmup)) evaluateScenario(v)
    const samples = variants.slice(warmup).map((v) => {
      const start = performance.now()
      evaluateScenario(v)
      return performance.now() - start
    })
    const { medianMs, p95Ms } = summarise(samples)
    const share = workShare(scenario)
    const percent = (x: number) => `${Math.round(x * 100)} %`
    return {
      name: `engine: evaluation at the schema extremes, ${name} (median)`,
      unit: 'ms',
      value: medianMs,
      target: EXTREME_TARGET_MS,
      detail: `p95 ${p95Ms} ms over ${runs} runs (${p95Ms < EXTREME_TARGET_MS ? 'PASS' : 'MISS'} at p95); ${scenario.config.services.length} services, work at ${percent(share.reachChecks)} of the reach-check cap, ${percent(share.ruleTests)} of the rule-test cap`,
      pass: medianMs < EXTREME_TARGET_MS,
    }
  })
}

// `npx tsx bench/extremes.ts` runs this entry alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchExtremes()) console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.name}  ${r.value} ${r.unit}  (target < ${r.target} ${r.unit})  ${r.detail}`)
}
