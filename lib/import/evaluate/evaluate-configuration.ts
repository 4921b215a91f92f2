import type { ConfigurationFiles } from '../sources/parsed-module'
import type { EvaluatedConfiguration, ImportError, ImportNote, ImportOptions, ProviderRegions, ResourceInstance, TfObject } from '../types'
import { toResult, unknownValue } from '../expressions/values'
import { readModelFacts } from './model-facts'
import { ModuleInstance, type InstanceRecord } from './module-instance'
import { addMissingRegions, readProviderRegions } from './provider-regions'
import { EvaluationRun } from './run'
import { withoutSecrets } from './secrets'
import type { VariableInput } from './variable-value'

export type EvaluationResult = { ok: true; configuration: EvaluatedConfiguration } | { ok: false; errors: ImportError[] }

/**
 * Evaluates the files read into every resource and data source instance Terraform would plan:
 * variables from `-var`, `.tfvars` and defaults, locals, count and for_each, dynamic blocks and
 * local modules, each instance at its Terraform address. Refused (import.too-large) past the
 * bounds of limits.ts.
 */
export function evaluateConfiguration(read: ConfigurationFiles & { notes?: ImportNote[] }, options: ImportOptions = {}): EvaluationResult {
  const run = new EvaluationRun()
  for (const note of read.notes ?? []) run.note(note)
  const rootModule = read.modules.get(read.root)
  if (!rootModule) return { ok: false, errors: [{ code: 'import.no-resources', params: {} }] }

  const cli = options.vars ?? {}
  for (const name of Object.keys(cli)) {
    if (!rootModule.variables.has(name)) run.note({ code: 'import.undeclared-variable', params: { variable: name } })
  }
  const rootInput = (name: string): VariableInput | undefined => {
    if (Object.prototype.hasOwnProperty.call(cli, name)) return { from: 'cli', text: cli[name] as string }
    const file = read.varFiles.findLast((varFile) => Object.prototype.hasOwnProperty.call(varFile.values, name))
    return file ? { from: 'file', raw: file.values[name], file: file.file } : undefined
  }

  let regions: ProviderRegions = {}
  const world = { run, modules: read.modules, root: read.root, regionOf: (provider: string) => regions[provider] ?? unknownValue('missing-variable') }
  const root = new ModuleInstance(world, rootModule, '', 0, rootInput, (provider) => provider)
  regions = readProviderRegions(run, rootModule, root.scope)

  const records = collectInstances(root, run)
  const instances = run.failed ? [] : records.map((record) => materialize(record, run))
  addMissingRegions(run, regions, instances.map((instance) => instance.provider))
  const modelFacts = readModelFacts(run, root.locals)
  if (run.failed) return { ok: false, errors: run.errors }
  return { ok: true, configuration: { instances, providerRegions: regions, ...(modelFacts ? { modelFacts } : {}), notes: run.notes } }
}

/** Every instance of every module instance: each module's resources in the order written, then its calls. */
function collectInstances(module: ModuleInstance, run: EvaluationRun): InstanceRecord[] {
  const out: InstanceRecord[] = []
  for (const block of module.parsed.resources) {
    if (run.failed) return out
    out.push(...module.instancesOf(block))
  }
  for (const name of module.parsed.modules.keys()) {
    for (const child of module.childrenOf(name)) out.push(...collectInstances(child, run))
  }
  return out
}

function materialize(record: InstanceRecord, run: EvaluationRun): ResourceInstance {
  const { block, address } = record
  const { values, removed } = withoutSecrets(toResult(record.value()) as TfObject)
  for (const attribute of removed) run.note({ code: 'import.secret-not-kept', params: { attribute }, address, where: block.where })
  return {
    address,
    mode: block.mode,
    type: block.type,
    name: block.name,
    ...(record.key === undefined ? {} : { index: record.key }),
    ...(record.module ? { module: record.module } : {}),
    provider: record.provider,
    values,
    where: block.where,
  }
}
