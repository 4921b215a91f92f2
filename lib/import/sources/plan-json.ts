import { MODEL_FACTS_LOCAL } from '../../terraform/model-facts'
import type { EvaluatedConfiguration, ImportError, ImportNote, ModelFacts, ResourceInstance, SourceFile } from '../types'
import { readPlanDocument, type ConfigResource, type PlanDocument, type ValuesModule, type ValuesResource } from './plan-json-document'
import { replaceIdsWithReferences } from './plan-json-ids'
import { resourcePlaces } from './plan-json-places'
import { defaultAttributeFor, ReferenceResolver, scopeOf } from './plan-json-references'
import { providerKey, readProviderRegions } from './plan-json-regions'
import { buildValues } from './plan-json-values'
import { isObject } from './parse-file'

/** As many instances as the .tf evaluator accepts (lib/import/evaluate): beyond, the import is refused. */
export const MAX_PLAN_INSTANCES = 10_000

export type PlanJsonRead = { ok: true; configuration: EvaluatedConfiguration } | { ok: false; errors: ImportError[] }

/**
 * `terraform show -json` of a plan or a state → the evaluated configuration the mapper reads.
 * Terraform has already evaluated everything: variables, count and for_each, every module
 * (registry modules too). What a plan cannot know yet (ids, ARNs of resources still to create) is
 * taken from the configuration's references, so `vpc_id` still points at `aws_vpc.main`; in a
 * state, real ids and ARNs become the same references. Sensitive values are dropped.
 */
export function readPlanJson(file: SourceFile): PlanJsonRead {
  const read = readPlanDocument(file)
  if (!read.ok) return read
  const { document, kind } = read
  const { resources, modules } = collectResources(document, kind)
  if (resources.length > MAX_PLAN_INSTANCES) {
    return { ok: false, errors: [{ code: 'import.too-large', params: { instances: resources.length, maxInstances: MAX_PLAN_INSTANCES }, where: { file: file.path } }] }
  }
  const notes: ImportNote[] = document.errored === true ? [{ code: 'import.plan-errored', params: { file: file.path } }] : []
  const instances = replaceIdsWithReferences(toInstances(document, resources, modules, file, notes))
  const { regions, notes: regionNotes } = readProviderRegions(document, instances)
  const modelFacts = readModelFacts(document, kind)
  return { ok: true, configuration: { instances, providerRegions: regions, ...(modelFacts ? { modelFacts } : {}), notes: [...notes, ...regionNotes] } }
}

type PlacedResource = ValuesResource & { module?: string }

/**
 * Every resource instance with the module it sits in. A plan's `planned_values` holds the managed
 * resources after the change; data sources Terraform read while planning are in `prior_state`.
 */
function collectResources(document: PlanDocument, kind: 'plan' | 'state'): { resources: PlacedResource[]; modules: string[] } {
  const found = new Map<string, PlacedResource>()
  const modules = new Set<string>()
  const walk = (module: ValuesModule | undefined, depth: number) => {
    if (!module || depth > 32) return
    if (module.address) modules.add(module.address)
    for (const r of module.resources ?? []) if (isResource(r) && !found.has(r.address)) found.set(r.address, { ...r, ...(module.address ? { module: module.address } : {}) })
    for (const child of module.child_modules ?? []) walk(child, depth + 1)
  }
  walk(kind === 'plan' ? document.planned_values?.root_module : document.values?.root_module, 0)
  if (kind === 'plan') {
    const before = found.size
    walk(document.prior_state?.values?.root_module, 0)
    // From the prior state only data sources: managed resources not in planned_values are being destroyed.
    for (const [address, r] of [...found].slice(before)) if (r.mode !== 'data') found.delete(address)
  }
  return { resources: [...found.values()], modules: [...modules] }
}

function isResource(value: unknown): value is ValuesResource {
  return isObject(value) && typeof value.address === 'string' && typeof value.type === 'string' && typeof value.name === 'string'
}

function toInstances(document: PlanDocument, resources: readonly PlacedResource[], modules: readonly string[], file: SourceFile, notes: ImportNote[]): ResourceInstance[] {
  const instancesByBase = new Map<string, string[]>()
  for (const r of resources) {
    const base = r.index === undefined ? r.address : r.address.slice(0, r.address.lastIndexOf('['))
    instancesByBase.set(base, [...(instancesByBase.get(base) ?? []), r.address])
  }
  const resolver = new ReferenceResolver(instancesByBase, modules)
  const changes = new Map((document.resource_changes ?? []).map((c) => [c.address, c.change]))
  const places = resourcePlaces(file.text)
  const root = document.configuration?.root_module
  return resources.map((r) => {
    const scope = scopeOf(r.module, root)
    const local = `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`
    const config = scope.config?.resources?.find((c) => c.address === local)
    const change = changes.get(r.address)
    const forEach = config?.for_each_expression?.references
    const instance = { ...(r.index !== undefined && r.index !== null ? { index: r.index } : {}), ...(forEach ? { forEach } : {}) }
    const values = buildValues(
      isObject(r.values) ? r.values : {},
      { unknown: change?.after_unknown, sensitive: change?.after_sensitive ?? r.sensitive_values, expressions: isObject(config?.expressions) ? config.expressions : undefined },
      (references, argument) => resolver.resolve(references, scope, defaultAttributeFor(argument), instance),
      (attribute) => notes.push({ code: 'import.secret-dropped', params: { attribute }, address: r.address }),
    )
    const where = places.get(r.address)
    return {
      address: r.address,
      mode: r.mode === 'data' ? 'data' : 'managed',
      type: r.type,
      name: r.name,
      ...(r.index !== undefined && r.index !== null ? { index: r.index } : {}),
      ...(r.module ? { module: r.module } : {}),
      provider: providerOf(document, r, config),
      values,
      where: { file: file.path, ...where },
    }
  })
}

/** `aws`, `aws.us_east_1` from the configuration's provider key; else the provider's type (`registry.terraform.io/hashicorp/random` → `random`). */
function providerOf(document: PlanDocument, r: ValuesResource, config: ConfigResource | undefined): string {
  const key = config?.provider_config_key
  const provider = key ? document.configuration?.provider_config?.[key] : undefined
  if (provider?.name === 'aws') return providerKey(provider.alias)
  if (provider?.name) return provider.alias ? `${provider.name}.${provider.alias}` : provider.name
  if (key) return key.slice(key.indexOf(':') + 1)
  return (r.provider_name ?? r.type.split('_')[0]!).split('/').at(-1)!
}

/**
 * ArchDeck's model facts: the export keeps them in a local, which the JSON format does not show;
 * an output of the same name carries them into a plan or a state.
 */
function readModelFacts(document: PlanDocument, kind: 'plan' | 'state'): ModelFacts | undefined {
  const value = (kind === 'plan' ? document.planned_values : document.values)?.outputs?.[MODEL_FACTS_LOCAL]?.value
  if (typeof value !== 'string') return isObject(value) ? value : undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return isObject(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
