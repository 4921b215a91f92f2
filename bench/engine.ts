import { findPreset } from '../data/presets'
import { evaluateScenario } from '../lib/evaluate'
import type { Scenario } from '../lib/model'
import { exportTerraform } from '../lib/terraform'
import { buildTopology } from '../lib/topology'
import { buildLargeScenario, countRules } from './large-config'
import { measure } from './measure'

/** Everything the dashboard computes for one scenario: the four engines, the topology and the export. */
function evaluateEverything(scenario: Scenario): void {
  evaluateScenario(scenario)
  buildTopology(scenario.config)
  exportTerraform(scenario.config)
}

/** One figure against its target: `value < target`, or `value ≤ target` when `atMost`. */
export type BenchResult = { name: string; unit: string; value: number; target: number; atMost?: boolean; detail: string; pass: boolean }

export function benchEngine(): BenchResult[] {
  const small = findPreset('swiftlogix')!.scenario
  const large = buildLargeScenario(50)
  // A dashboard evaluates the same code on every edit, so it is measured warm: 200 unmeasured runs first.
  const smallRun = measure(() => evaluateEverything(small), 500, 200)
  const largeRun = measure(() => evaluateEverything(large), 60, 5)
  const largeTopology = buildTopology(large.config)
  return [
    { name: 'engine: full evaluation of swiftlogix (median)', unit: 'ms', value: smallRun.medianMs, target: 1, detail: `p95 ${smallRun.p95Ms} ms over ${smallRun.runs} runs`, pass: smallRun.medianMs < 1 },
    {
      name: 'engine: full evaluation of the large config (median)',
      unit: 'ms',
      value: largeRun.medianMs,
      target: 10,
      detail: `50 services, 3 AZs, ${countRules(large)} SG rules, ${largeTopology.nodes.length} nodes, ${largeTopology.edges.length} edges; p95 ${largeRun.p95Ms} ms over ${largeRun.runs} runs`,
      pass: largeRun.medianMs < 10,
    },
  ]
}
