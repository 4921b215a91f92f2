import type { Scope } from '../expressions'
import { withSymbols } from '../expressions/scope'
import type { ResourceHandle } from '../expressions/values'
import { unknownValue } from '../expressions/values'
import { isLocalSource } from '../sources/choose-root'
import type { ParsedModule, RawResource } from '../sources/parsed-module'
import { joinPath, relativePath } from '../sources/source-path'
import type { TfObject, TfValue } from '../types'
import { dataSourceValue, knownDataAttributes } from './data-sources'
import { bareReference, evaluateRaw, type Place } from './evaluate-raw'
import { defineLazy, memo } from './lazy'
import { MAX_INSTANCES, MAX_MODULE_DEPTH } from './limits'
import { MODULE_META_ARGUMENTS, RESOURCE_META_ARGUMENTS } from './meta-arguments'
import { dynamicBlocks, evaluateArgument, expandDynamic, joinBlocks } from './nested-blocks'
import { instanceKeys, readRepetition, type Repetition } from './repetition'
import type { EvaluationRun } from './run'
import { isSecretName } from '../secret-names'
import { holdsSecret } from './secrets'
import { variableValue, type VariableInput } from './variable-value'

/** What every module instance of one evaluation shares. */
export type World = {
  run: EvaluationRun
  modules: Map<string, ParsedModule>
  root: string
  /** The region of a provider configuration (`aws`, `aws.west`), for data sources that depend on it. */
  regionOf(provider: string): TfValue
}

/** One instance of a resource or data block, its values evaluated on first read. */
export type InstanceRecord = {
  address: string
  block: RawResource
  key?: number | string
  module?: string
  provider: string
  /** Managed resources: the handle's attributes. Data sources: the data source's value. */
  value: () => TfObject
}

/** A block's instances; `unread` when they cannot be known (a module not on disk, a count that depends on itself). */
type Expansion<T> = { repetition: Repetition; items: T[]; unread?: true }

/**
 * One instance of a module (the root, or `module.net[0]`): its variables, locals, resources, data
 * sources and module calls as lazy values, so they may refer to each other in any order, and
 * Terraform's scope over them (`var`, `local`, `module`, `data`, `path`, `terraform`, resource types).
 */
export class ModuleInstance {
  readonly vars: TfObject = {}
  readonly locals: TfObject = {}
  readonly outputs: TfObject = {}
  readonly scope: Scope
  private readonly resourceRoots: Record<string, TfObject> = {}
  private readonly dataRoot: Record<string, TfObject> = {}
  private readonly moduleRoot: TfObject = {}
  private readonly expansions = new Map<RawResource, () => Expansion<InstanceRecord>>()
  private readonly calls = new Map<string, () => Expansion<ModuleInstance>>()

  constructor(
    private readonly world: World,
    readonly parsed: ParsedModule,
    /** `''` at the root, else `module.net` or `module.net[0].module.db`. */
    readonly address: string,
    private readonly depth: number,
    inputs: (variable: string) => VariableInput | undefined,
    private readonly resolveProvider: (provider: string) => string,
  ) {
    const { run } = world
    this.scope = {
      lookup: (root) => {
        switch (root) {
          case 'var':
            return this.vars
          case 'local':
            return this.locals
          case 'module':
            return this.moduleRoot
          case 'data':
            return this.dataRoot
          case 'path':
            // Relative to the root module's folder, where Terraform runs.
            return { module: relativePath(world.root, parsed.dir), root: '.', cwd: '.' }
          case 'terraform':
            return { workspace: 'default' }
          case 'ephemeral':
            // Ephemeral resources (Terraform 1.10) exist only while Terraform runs: never known offline.
            return unknownValue('computed')
        }
        return Object.prototype.hasOwnProperty.call(this.resourceRoots, root) ? this.resourceRoots[root] : undefined
      },
    }
    const here = address === '' ? {} : { address }
    for (const [name, block] of parsed.variables) {
      defineLazy(run, this.vars, name, () => variableValue(run, name, block, inputs(name), address || undefined), () => unknownValue('computed'))
    }
    for (const [name, { expression, where }] of parsed.locals) {
      const place = { ...here, where }
      defineLazy(
        run,
        this.locals,
        name,
        () => {
          const value = evaluateRaw(run, expression, this.scope, place)
          if (!isSecretName(name) || !holdsSecret(value)) return value
          run.note({ code: 'import.secret-not-kept', params: { local: name }, ...place })
          return { $unknown: 'missing-variable' }
        },
        () => {
          run.note({ code: 'import.local-cycle', params: { local: name }, ...place })
          return unknownValue('unsupported-expression')
        },
      )
    }
    for (const [name, output] of parsed.outputs) {
      defineLazy(run, this.outputs, name, () => evaluateRaw(run, output.body.value, this.scope, { ...here, where: output.where }), () => unknownValue('computed'))
    }
    for (const block of parsed.resources) {
      // A count that depends on its own resource is a cycle: its instances are unread, its value unknown.
      this.expansions.set(block, memo(run, () => this.expand(block), () => ({ repetition: { kind: 'count', count: 0 }, items: [], unread: true })))
      const roots = block.mode === 'data' ? this.dataRoot : this.resourceRoots
      const byName = (roots[block.type] ??= {}) as TfObject
      defineLazy(run, byName, block.name, () => this.repeatedValue(this.expansions.get(block)!(), (record) => (block.mode === 'data' ? record.value() : handleOf(record))), () => unknownValue('computed'))
    }
    for (const name of parsed.modules.keys()) {
      this.calls.set(name, memo(run, () => this.call(name), () => ({ repetition: { kind: 'count', count: 0 }, items: [], unread: true })))
      defineLazy(run, this.moduleRoot, name, () => this.moduleValue(name), () => unknownValue('computed'))
    }
  }

  /** The instances of a resource or data block (count and for_each expanded). */
  instancesOf(block: RawResource): InstanceRecord[] {
    return this.expansions.get(block)?.().items ?? []
  }

  /** The module instances a `module` block makes; none for a module that cannot be read offline. */
  childrenOf(name: string): ModuleInstance[] {
    return this.calls.get(name)?.().items ?? []
  }

  private get prefix(): string {
    return this.address === '' ? '' : `${this.address}.`
  }

  private expand(block: RawResource): Expansion<InstanceRecord> {
    const { run } = this.world
    const base = `${this.prefix}${block.mode === 'data' ? 'data.' : ''}${block.type}.${block.name}`
    const repetition = readRepetition(run, block.body, this.scope, { address: base, where: block.where })
    const keys = instanceKeys(repetition)
    run.instances += keys.length
    if (run.instances > MAX_INSTANCES) {
      run.fail({ code: 'import.too-large', params: { limit: 'instances', value: run.instances, max: MAX_INSTANCES } })
      return { repetition: { kind: 'count', count: 0 }, items: [] }
    }
    const provider = this.resolveProvider(bareReference(block.body.provider) ?? block.type.split('_')[0] ?? block.type)
    const items = keys.map(({ key, suffix }, i): InstanceRecord => {
      const address = `${base}${suffix}`
      const scope = repetitionScope(this.scope, repetition, i)
      const place: Place = { address, where: block.where }
      const value = block.mode === 'data' ? this.dataValue(block, scope, place, provider) : this.managedAttributes(block, scope, place)
      return { address, block, ...(key === undefined ? {} : { key }), ...(this.address ? { module: this.address } : {}), provider, value }
    })
    return { repetition, items }
  }

  /** A managed resource's arguments, each evaluated on first read (a cycle reads as a TfRef). */
  private managedAttributes(block: RawResource, scope: Scope, place: Place): () => TfObject {
    const { run } = this.world
    const attributes: TfObject = {}
    const dynamic = dynamicBlocks(block.body)
    for (const key of Object.keys(block.body)) {
      if (RESOURCE_META_ARGUMENTS.has(key) || key === 'dynamic' || key in dynamic) continue
      defineLazy(run, attributes, key, () => evaluateArgument(run, block.body[key], scope, place), () => unknownValue('computed'))
    }
    for (const [blockType, definition] of Object.entries(dynamic)) {
      const evaluate = () => {
        const written = blockType in block.body ? evaluateArgument(run, block.body[blockType], scope, place) : undefined
        return joinBlocks(written, expandDynamic(run, blockType, definition, scope, place))
      }
      defineLazy(run, attributes, blockType, evaluate, () => unknownValue('computed'))
    }
    return () => attributes
  }

  private dataValue(block: RawResource, scope: Scope, place: Place, provider: string): () => TfObject {
    const { run } = this.world
    return memo(
      run,
      () => {
        const configured: TfObject = {}
        for (const [key, raw] of Object.entries(block.body)) {
          if (!RESOURCE_META_ARGUMENTS.has(key) && key !== 'dynamic') configured[key] = evaluateArgument(run, raw, scope, place)
        }
        const { attributes, note } = knownDataAttributes(block.type, configured, this.world.regionOf(provider))
        if (note) run.note({ ...note, ...place })
        return dataSourceValue(place.address ?? '', { ...configured, ...attributes })
      },
      () => dataSourceValue(place.address ?? '', {}),
    )
  }

  private repeatedValue<T>(expansion: Expansion<T>, valueOf: (item: T) => TfValue): TfValue {
    const { repetition, items, unread } = expansion
    if (unread) return unknownValue('computed')
    if (repetition.kind === 'single') return items[0] === undefined ? unknownValue('computed') : valueOf(items[0])
    if (repetition.kind === 'count') return items.map(valueOf)
    const out: TfObject = {}
    repetition.entries.forEach(([key], i) => {
      const item = items[i]
      if (item !== undefined) out[key] = valueOf(item)
    })
    return out
  }

  private call(name: string): Expansion<ModuleInstance> {
    const none: Expansion<ModuleInstance> = { repetition: { kind: 'count', count: 0 }, items: [], unread: true }
    const { run, modules } = this.world
    const call = this.parsed.modules.get(name)!
    const callAddress = `${this.prefix}module.${name}`
    const place: Place = { address: callAddress, where: call.where }
    const source = call.body.source
    if (!isLocalSource(source)) {
      run.note({ code: 'import.registry-module', params: { module: callAddress, source: typeof source === 'string' ? source : '' }, ...place })
      return none
    }
    const parsed = modules.get(joinPath(this.parsed.dir, source))
    if (!parsed) {
      run.note({ code: 'import.module-not-found', params: { module: callAddress, source }, ...place })
      return none
    }
    if (this.depth + 1 > MAX_MODULE_DEPTH) {
      run.fail({ code: 'import.too-large', params: { limit: 'module-depth', value: this.depth + 1, max: MAX_MODULE_DEPTH }, ...place })
      return none
    }
    const repetition = readRepetition(run, call.body, this.scope, place)
    const passed = typeof call.body.providers === 'object' && call.body.providers !== null ? (call.body.providers as Record<string, unknown>) : {}
    const resolve = (provider: string) => {
      const given = bareReference(passed[provider])
      return this.resolveProvider(given ?? provider)
    }
    const items = instanceKeys(repetition).map(({ suffix }, i) => {
      const scope = repetitionScope(this.scope, repetition, i)
      const address = `${callAddress}${suffix}`
      const inputs = (variable: string): VariableInput | undefined =>
        variable in call.body && !MODULE_META_ARGUMENTS.has(variable) ? { from: 'argument', raw: call.body[variable], scope, place: { address, where: call.where } } : undefined
      return new ModuleInstance(this.world, parsed, address, this.depth + 1, inputs, resolve)
    })
    return { repetition, items }
  }

  private moduleValue(name: string): TfValue {
    const expansion = this.calls.get(name)!()
    // A module that cannot be read offline (the registry, git): its outputs are unknown.
    return expansion.unread ? unknownValue('unsupported-expression') : this.repeatedValue(expansion, (child) => child.outputs)
  }
}

function handleOf(record: InstanceRecord): ResourceHandle {
  return { $resource: record.address, attributes: record.value() }
}

/** `count.index`, or `each.key` and `each.value`, for the i-th instance. */
function repetitionScope(scope: Scope, repetition: Repetition, i: number): Scope {
  if (repetition.kind === 'count') return withSymbols(scope, { count: { index: i } })
  if (repetition.kind === 'for_each') {
    const [key, value] = repetition.entries[i] ?? ['unknown', unknownValue('computed')]
    return withSymbols(scope, { each: { key, value } })
  }
  return scope
}
