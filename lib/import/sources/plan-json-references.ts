import type { TfRef } from '../types'
import { isExpression, type ConfigModule, type ModuleCall } from './plan-json-document'

/**
 * What one string of an expression's `references` names. Terraform lists every prefix of a
 * traversal, most specific first: `["aws_subnet.app[0].id", "aws_subnet.app[0]", "aws_subnet.app"]`
 * ("JSON Output Format", expression representation); a splat (`aws_subnet.app[*].id`) stops at
 * `aws_subnet.app`, with neither index nor attribute.
 */
export type ParsedReference =
  | { kind: 'resource'; base: string; index?: string; attribute?: string }
  | { kind: 'variable'; name: string }
  | { kind: 'module-output'; module: string; index?: string; output?: string }
  | { kind: 'each-value'; attribute?: string }
  | { kind: 'instance-key' }
  | { kind: 'other' }

const NAME = '[A-Za-z_][A-Za-z0-9_-]*'
const INDEX = '\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]'
const RESOURCE = new RegExp(`^((?:data\\.)?${NAME}\\.${NAME})(${INDEX})?(?:\\.(.+))?$`)
const MODULE = new RegExp(`^module\\.(${NAME})(${INDEX})?(?:\\.(${NAME}))?`)
const MODULE_STEP = new RegExp(`module\\.(${NAME})(${INDEX})?`, 'g')
const WHOLE_INDEX = new RegExp(`^${INDEX}$`)
/** Roots that name no resource: `count.index`, `each.value`, `path.module`, `local.x` (locals are not in the JSON). */
const NOT_RESOURCES = new Set(['count', 'each', 'path', 'terraform', 'self', 'local'])

export function parseReference(text: string): ParsedReference {
  const root = text.split(/[.[]/, 1)[0]!
  if (root === 'var') return { kind: 'variable', name: text.slice(4).split(/[.[]/, 1)[0]! }
  if (root === 'module') {
    const m = MODULE.exec(text)
    return m ? { kind: 'module-output', module: m[1]!, ...(m[2] ? { index: m[2] } : {}), ...(m[3] ? { output: m[3] } : {}) } : { kind: 'other' }
  }
  if (text === 'each.value' || text.startsWith('each.value.')) return { kind: 'each-value', ...(text.length > 11 ? { attribute: text.slice(11) } : {}) }
  if (text === 'count.index' || text === 'each.key') return { kind: 'instance-key' }
  if (NOT_RESOURCES.has(root)) return { kind: 'other' }
  const m = RESOURCE.exec(text)
  if (!m) return { kind: 'other' }
  return { kind: 'resource', base: m[1]!, ...(m[2] ? { index: m[2] } : {}), ...(m[3] ? { attribute: m[3] } : {}) }
}

/** Where an expression sits: the module instance's address prefix and its configuration. */
export type ModuleScope = { prefix: string; config: ConfigModule | undefined; parent?: { scope: ModuleScope; call: ModuleCall } }

/** `module.net[0].module.dns` → the scope of that module instance, built from the root's configuration. */
export function scopeOf(moduleAddress: string | undefined, root: ConfigModule | undefined): ModuleScope {
  let scope: ModuleScope = { prefix: '', config: root }
  for (const [, name, key] of (moduleAddress ?? '').matchAll(MODULE_STEP)) {
    const call = scope.config?.module_calls?.[name!] ?? {}
    scope = { prefix: `${scope.prefix}module.${name}${key ?? ''}.`, config: call.module, parent: { scope, call } }
  }
  return scope
}

/**
 * The instance an expression is evaluated for: its count index or for_each key, and what its
 * for_each iterates over (`for_each = aws_subnet.public` → `["aws_subnet.public"]`).
 */
export type InstanceContext = { index?: number | string; forEach?: readonly string[] }

/** Deep enough for any real module tree; a cycle cannot come from Terraform, but input is untrusted. */
const MAX_DEPTH = 16

/**
 * Turns an expression's references into references to resource instances, following input
 * variables into the module call that set them and module outputs into the module that wrote them.
 * A reference without an index to a resource with count or for_each (a splat, `aws_subnet.app[*].id`)
 * means every instance, so it becomes one reference per instance, in the plan's order.
 */
export class ReferenceResolver {
  constructor(
    /** Address without the index → the addresses of its instances. */
    private readonly instancesByBase: ReadonlyMap<string, readonly string[]>,
    /** Every module instance's address (`module.net`, `module.az["a"]`). */
    private readonly moduleInstances: readonly string[],
  ) {}

  /**
   * `defaultAttribute` stands in where a splat or a computed index left the attribute out (`id`, or
   * `arn` for an `*_arn` argument). `instance` is the instance the expression is evaluated for.
   */
  resolve(references: readonly string[], scope: ModuleScope, defaultAttribute: string, instance: InstanceContext = {}, depth = 0): TfRef[] {
    if (depth > MAX_DEPTH) return []
    const parsed = mostSpecific(references).map(parseReference)
    // `aws_subnet.app[count.index].id` lists `aws_subnet.app` and `count.index`: the instance's own index picks one.
    const ownIndex = parsed.some((r) => r.kind === 'instance-key') && instance.index !== undefined ? indexText(instance.index) : undefined
    const refs = parsed.flatMap((ref) => this.resolveOne(ref, scope, defaultAttribute, instance, ownIndex, depth))
    const seen = new Set<string>()
    return refs.filter((r) => !seen.has(`${r.$ref} ${r.attribute}`) && seen.add(`${r.$ref} ${r.attribute}`))
  }

  private resolveOne(ref: ParsedReference, scope: ModuleScope, defaultAttribute: string, instance: InstanceContext, ownIndex: string | undefined, depth: number): TfRef[] {
    if (ref.kind === 'resource') {
      const base = scope.prefix + ref.base
      const attribute = ref.attribute ?? defaultAttribute
      if (ref.index) return [{ $ref: base + ref.index, attribute }]
      const instances = this.instancesByBase.get(base)
      if (ownIndex && instances?.includes(base + ownIndex)) return [{ $ref: base + ownIndex, attribute }]
      return (instances?.length ? instances : [base]).map(($ref) => ({ $ref, attribute }))
    }
    if (ref.kind === 'each-value') {
      // `for_each = aws_subnet.public`: each.value is the subnet with the instance's own key.
      if (instance.index === undefined || !instance.forEach) return []
      const key = indexText(instance.index)
      return this.resolve(instance.forEach, scope, defaultAttribute, {}, depth + 1)
        .filter((target) => target.$ref.endsWith(key))
        .map((target) => ({ $ref: target.$ref, attribute: ref.attribute ?? defaultAttribute }))
    }
    if (ref.kind === 'variable') {
      const set = scope.parent?.call.expressions?.[ref.name]
      return scope.parent && isExpression(set) ? this.resolve(set.references ?? [], scope.parent.scope, defaultAttribute, {}, depth + 1) : []
    }
    if (ref.kind === 'module-output' && ref.output) {
      const call = scope.config?.module_calls?.[ref.module]
      const output = call?.module?.outputs?.[ref.output]?.expression
      if (!call || !output?.references) return []
      const base = `${scope.prefix}module.${ref.module}`
      const instances = ref.index ? [base + ref.index] : this.moduleInstances.filter((m) => m === base || (m.startsWith(base) && WHOLE_INDEX.test(m.slice(base.length))))
      return (instances.length ? instances : [base]).flatMap((address) =>
        this.resolve(output.references!, { prefix: `${address}.`, config: call.module, parent: { scope, call } }, defaultAttribute, {}, depth + 1),
      )
    }
    return []
  }
}

/** An index as an address writes it: `[0]`, `["a"]`. */
function indexText(index: number | string): string {
  return typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`
}

/** Drops the prefixes Terraform lists beside a traversal: `aws_vpc.main` when `aws_vpc.main.id` is there. */
function mostSpecific(references: readonly string[]): string[] {
  return references.filter((r) => !references.some((other) => other !== r && (other.startsWith(`${r}.`) || other.startsWith(`${r}[`))))
}

/** The attribute a splat most likely read: ARNs for `*_arn`/`*_arns` arguments, ids otherwise. */
export function defaultAttributeFor(argument: string): string {
  return /(^|_)arns?$/.test(argument) ? 'arn' : 'id'
}
