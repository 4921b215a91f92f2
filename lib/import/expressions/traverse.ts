import { isRef, isUnknown, type TfRef, type TfValue } from '../types'
import { ExpressionEvalError } from './errors'
import { computedFrom, formatNumber, isObjectValue, isPending, isResourceHandle, toInteger, toStr, typeName } from './values'

/**
 * `value.name`. On a resource handle: its configured attribute when the configuration states it
 * (a value, or a ref to another resource's attribute, which is what this one will hold), else a
 * TfRef to the attribute AWS will fill in (an attribute left null or unknown is also computed by
 * the provider); on a TfRef: a deeper ref (`ingress[0].from_port`).
 */
export function getAttribute(value: TfValue, name: string): TfValue {
  if (isResourceHandle(value)) {
    const configured = Object.prototype.hasOwnProperty.call(value.attributes, name) ? value.attributes[name] : undefined
    if (configured !== undefined && configured !== null && !isUnknown(configured)) return configured
    return { $ref: value.$resource, attribute: name }
  }
  if (isRef(value)) return deeperRef(value, `.${name}`)
  if (isUnknown(value)) return value
  if (isObjectValue(value)) {
    // A caller's object may leave an attribute undefined; Terraform's unset attribute is null.
    if (Object.prototype.hasOwnProperty.call(value, name)) return value[name] ?? null
    throw new ExpressionEvalError(`this object has no attribute "${name}"`)
  }
  if (value === null) throw new ExpressionEvalError(`cannot read the attribute "${name}" of a null value`)
  if (Array.isArray(value)) throw new ExpressionEvalError(`cannot read the attribute "${name}" of a list (use [*].${name} or an index)`)
  throw new ExpressionEvalError(`cannot read the attribute "${name}" of a ${typeName(value)}`)
}

/** `value[key]`: a list by whole-number position, a map by key. */
export function getIndex(value: TfValue, key: TfValue): TfValue {
  if (isPending(key)) return computedFrom(value, key)
  if (isRef(value)) return deeperRef(value, typeof key === 'number' ? `[${formatNumber(key)}]` : `[${JSON.stringify(toStr(key, 'the key'))}]`)
  if (isUnknown(value)) return value
  if (isResourceHandle(value)) throw new ExpressionEvalError(`cannot index the resource ${value.$resource} (read one of its attributes)`)
  if (Array.isArray(value)) {
    const i = toInteger(key, 'a list index')
    if (i < 0 || i >= value.length) throw new ExpressionEvalError(`the index ${i} is out of range for a list of ${value.length} elements`)
    return value[i] ?? null
  }
  if (isObjectValue(value)) {
    const k = toStr(key, 'a map key')
    if (Object.prototype.hasOwnProperty.call(value, k)) return value[k] ?? null
    throw new ExpressionEvalError(`the map has no element with the key ${JSON.stringify(k)}`)
  }
  if (value === null) throw new ExpressionEvalError('cannot index a null value')
  throw new ExpressionEvalError(`cannot index a ${typeName(value)}`)
}

function deeperRef(ref: TfRef, step: string): TfRef {
  const attribute = ref.attribute === '' ? step.replace(/^\./, '') : `${ref.attribute}${step}`
  return { $ref: ref.$ref, attribute }
}

/**
 * What a splat iterates: a list as is, null as an empty list, any other value as a list of one
 * (Terraform's rule, so `aws_instance.one[*].id` works without count).
 */
export function splatElements(value: TfValue): TfValue[] {
  if (value === null) return []
  if (Array.isArray(value)) return value
  return [value]
}
