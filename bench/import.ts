import { collectSourceFiles } from '../cli/import/collect-files'
import { findPreset } from '../data/presets'
import { importTerraform } from '../lib/import'
import type { SourceFile } from '../lib/import/types'
import { exportTerraform } from '../lib/terraform'
import type { BenchResult } from './engine'
import { summarise } from './measure'

/** A fixture folder's Terraform files as `archdeck import FOLDER` reads them. */
function folderFiles(folder: string): SourceFile[] {
  const collected = collectSourceFiles([folder])
  if (!collected.ok) throw new Error(collected.message)
  return collected.files
}

async function timeImport(files: SourceFile[], runs: number) {
  const samples: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now()
    const result = await importTerraform(files)
    if (!result.ok) throw new Error('a benchmark input failed to import')
    if (i >= 3) samples.push(performance.now() - started)
  }
  return summarise(samples)
}

/**
 * How long an import takes, as a user waits for the dialog's report: the largest preset's export
 * (JSON syntax, 66 KB) and a hand-written HCL project with local modules (parsed by hcl2json's wasm).
 */
export async function benchImport(): Promise<BenchResult[]> {
  const plan1 = findPreset('swiftlogix-seoul-plan1')!.scenario
  const exported = exportTerraform(plan1.config, { requirements: plan1.requirements }).files.map((f) => ({ path: f.name, text: f.content }))
  const json = await timeImport(exported, 20)
  const hcl = await timeImport(folderFiles('test-fixtures/terraform/local-modules'), 20)
  return [
    { name: 'import: the largest preset\'s Terraform JSON export (median)', unit: 'ms', value: round(json.medianMs), target: 100, detail: `p95 ${round(json.p95Ms)} ms over ${json.runs} runs`, pass: json.medianMs < 100 },
    { name: 'import: an HCL project with local modules (median)', unit: 'ms', value: round(hcl.medianMs), target: 250, detail: `p95 ${round(hcl.p95Ms)} ms over ${hcl.runs} runs`, pass: hcl.medianMs < 250 },
  ]
}

const round = (ms: number) => Math.round(ms * 10) / 10
