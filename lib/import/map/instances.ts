import { isRef, isUnknown, type ResourceInstance, type TfObject, type TfRef, type TfValue } from '../types'

/**
 * The evaluated instances, looked up the ways the mappers need: by address, by type, and by what a
 * reference (`aws_vpc.main.id`) points at. Values read through it are the literal ones only: a
 * reference or an unknown reads as absent, so no mapper mistakes `${var.x}` for text.
 */
export class InstanceIndex {
  private readonly byAddress = new Map<string, ResourceInstance>()
  private readonly byTypeName = new Map<string, ResourceInstance[]>()

  constructor(readonly all: readonly ResourceInstance[]) {
    for (const instance of all) {
      this.byAddress.set(instance.address, instance)
      const list = this.byTypeName.get(typeKey(instance)) ?? []
      list.push(instance)
      this.byTypeName.set(typeKey(instance), list)
    }
  }

  /** Managed resources of any of the types, in the order given (addresses sorted naturally). */
  ofType(...types: string[]): ResourceInstance[] {
    return types.flatMap((type) => this.byTypeName.get(type) ?? []).sort(byAddress)
  }

  /** Data sources of a type. */
  dataOfType(type: string): ResourceInstance[] {
    return this.byTypeName.get(`data.${type}`) ?? []
  }

  get(address: string): ResourceInstance | undefined {
    return this.byAddress.get(address)
  }

  /** The instance a value refers to: a reference, or an unknown built from exactly one. */
  target(value: TfValue | undefined): ResourceInstance | undefined {
    const ref = refOf(value)
    return ref ? this.resolve(ref) : undefined
  }

  /** The instances a list of references points at (security group ids, subnet ids), skipping literals. */
  targets(value: TfValue | undefined): ResourceInstance[] {
    return list(value).flatMap((v) => {
      const t = this.target(v)
      return t ? [t] : []
    })
  }

  /**
   * The instance a name points at: a reference, or the literal name itself when the evaluator
   * knew it (`autoscaling_group_name = aws_autoscaling_group.web.name` evaluates to the name written there).
   */
  named(value: TfValue | undefined, types: readonly string[], attribute = 'name'): ResourceInstance | undefined {
    const byRef = this.target(value)
    if (byRef) return byRef
    if (typeof value !== 'string') return undefined
    return this.ofType(...types).find((i) => i.values[attribute] === value)
  }

  resolve(ref: TfRef): ResourceInstance | undefined {
    // `aws_subnet.app` of a counted resource means its first instance when used without an index.
    return this.byAddress.get(ref.$ref) ?? this.byAddress.get(`${ref.$ref}[0]`)
  }
}

function typeKey(instance: ResourceInstance): string {
  return instance.mode === 'data' ? `data.${instance.type}` : instance.type
}

/** `a_in_2` before `a_in_10`. */
export function byAddress(a: ResourceInstance, b: ResourceInstance): number {
  return a.address.localeCompare(b.address, 'en', { numeric: true })
}

/** The reference in a value: itself, or the single resource an unknown value was built from. */
export function refOf(value: TfValue | undefined): TfRef | undefined {
  if (isRef(value)) return value
  if (isUnknown(value) && value.refs?.length === 1) return value.refs[0]
  return undefined
}

export function str(value: TfValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A number, or a string holding one (Terraform converts "512" where a number is expected). */
export function num(value: TfValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return undefined
}

/** A bool, or "true"/"false" (some provider attributes are strings). */
export function bool(value: TfValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return undefined
}

export function list(value: TfValue | undefined): TfValue[] {
  if (Array.isArray(value)) return value
  return value === undefined || value === null ? [] : [value]
}

export function isObject(value: TfValue | undefined): value is TfObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRef(value) && !isUnknown(value)
}

/** Nested blocks (`health_check { … }`): arrays of objects in Terraform's JSON shape, or one object. */
export function blocks(value: TfValue | undefined): TfObject[] {
  return list(value).filter(isObject)
}

export function block(value: TfValue | undefined): TfObject | undefined {
  return blocks(value)[0]
}

/** The Name tag, from `tags` or an Auto Scaling group's `tag` blocks. */
export function nameTag(instance: ResourceInstance): string | undefined {
  const tags = instance.values.tags
  const fromTags = isObject(tags) ? str((tags as TfObject).Name) : undefined
  return fromTags ?? str(blocks(instance.values.tag).find((t) => t.key === 'Name')?.value)
}
