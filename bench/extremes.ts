import { evaluateScenario } from '../lib/evaluate'
import type { Scenario } from '../lib/model'
import { listExtremeScenarios, workShare } from '../data/presets/testing/extreme-scenarios'
import type { BenchResult } from './engine'
import { summarise } from './measure'

/** The budget one evaluation of any scenario the schema accepts should stay under (issue 10). */
const EXTREME_TARGET_MS = 50

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

/**
 * One evaluateScenario per run at the schema's extremes against 50 ms: how long the evaluating
 * thread is busy. Node 20 cannot read one thread's CPU time, but it is at most the run's wall time
 * (which on a shared machine also counts waiting for a core) and at most the process's CPU time
 * (which also counts V8's parallel garbage-collector threads), so each run counts the smaller of
 * the two. Both medians are printed beside it.
 */
export function benchExtremes(runs = 30, warmup = 5): BenchResult[] {
  return listExtremeScenarios().map(({ name, scenario }) => {
    const variants = freshVariants(scenario, warmup + runs)
    for (const v of variants.slice(0, warmup)) evaluateScenario(v)
    const wall: number[] = []
    const cpu: number[] = []
    const busy: number[] = []
    for (const v of variants.slice(warmup)) {
      const startCpu = process.cpuUsage()
      const start = performance.now()
      evaluateScenario(v)
      wall.push(performance.now() - start)
      const used = process.cpuUsage(startCpu)
      cpu.push((used.user + used.system) / 1000)
      busy.push(Math.min(wall.at(-1)!, cpu.at(-1)!))
    }
    const busyTime = summarise(busy)
    const cpuTime = summarise(cpu)
    const wallTime = summarise(wall)
    const share = workShare(scenario)
    const percent = (x: number) => `${Math.round(x * 100)} %`
    return {
      name: `engine: evaluation at the schema extremes, ${name} (median)`,
      unit: 'ms',
      value: busyTime.medianMs,
      target: EXTREME_TARGET_MS,
      detail: `p95 ${busyTime.p95Ms} ms over ${runs} runs (wall median ${wallTime.medianMs} ms, p95 ${wallTime.p95Ms} ms; process CPU median ${cpuTime.medianMs} ms, p95 ${cpuTime.p95Ms} ms); ${scenario.config.services.length} services, work at ${percent(share.reachChecks)} of the reach-check cap, ${percent(share.ruleTests)} of the rule-test cap`,
      pass: busyTime.medianMs < EXTREME_TARGET_MS,
    }
  })
}

// `npx tsx bench/extremes.ts` runs this entry alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchExtremes()) console.log(`${r.pass ? 'PASS' : 'MISS'}  ${r.name}  ${r.value} ${r.unit}  (target < ${r.target} ${r.unit})  ${r.detail}`)
}
