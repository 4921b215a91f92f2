import { parseScenario } from '../model'
import { readAndEvaluate } from './evaluate'
import { mapToScenario } from './map'
import { readPlanJson } from './sources/plan-json'
import type { EvaluatedConfiguration, ImportError, ImportOptions, ImportResult, SourceFile } from './types'

/**
 * Terraform → a validated scenario and its report, or why nothing was imported. A `terraform show
 * -json` document (a plan or a state) is read as Terraform evaluated it; otherwise the files are
 * evaluated here (variables, tfvars, locals, count/for_each, local modules). The mapped design goes
 * through the model's one schema: a design it refuses is an error with the model's problems, never
 * half an import.
 */
export async function importTerraform(files: SourceFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const evaluated = await evaluate(files, options)
  if (!evaluated.ok) return evaluated
  const { scenario, report } = mapToScenario(evaluated.configuration)
  if (report.understood.length === 0) return { ok: false, errors: [{ code: 'import.no-resources', params: {} }] }
  const parsed = parseScenario(scenario)
  if (!parsed.ok) return { ok: false, errors: [invalidModel(parsed.errors)] }
  return { ok: true, scenario: parsed.value, report }
}

type Evaluated = { ok: true; configuration: EvaluatedConfiguration } | { ok: false; errors: ImportError[] }

async function evaluate(files: SourceFile[], options: ImportOptions): Promise<Evaluated> {
  const plan = files.find(isPlanJson)
  if (plan) return readPlanJson(plan)
  return readAndEvaluate(files, options)
}

/** `terraform show -json` output: a `.json` file that is not Terraform's JSON syntax and names its format version. */
export function isPlanJson(file: SourceFile): boolean {
  const path = file.path.toLowerCase()
  if (!path.endsWith('.json') || path.endsWith('.tf.json') || path.endsWith('.tfvars.json')) return false
  return /"format_version"\s*:/.test(file.text)
}

function invalidModel(problems: ImportError['problems'] & object): ImportError {
  const first = problems[0]
  return { code: 'import.invalid-model', params: { count: problems.length, path: first?.path ?? '', message: first?.message ?? '' }, problems }
}
