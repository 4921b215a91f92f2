import { isRef, isUnknown, type TfObject, type TfRef, type TfValue } from '../types'

/**
 * A resource the caller puts in scope under its type's name: `aws_subnet: { app: handle }`, or an
 * array of handles (count) or an object of handles (for_each). `attributes` holds its configured
 * arguments; an attribute not configured is known only once AWS creates it (a TfRef).
 */
export type ResourceHandle = { $resource: string; attributes: TfObject }

export function isResourceHandle(v: unknown): v is ResourceHandle {
  return typeof v === 'object' && v !== null && typeof (v as ResourceHandle).$resource === 'string'
}

/** A value not known offline: a resource attribute, an unknown, or a whole resource used as a value. */
export function isPending(v: TfValue): boolean {
  return isRef(v) || isUnknown(v) || isResourceHandle(v)
}

/** A map or object value (not a ref, an unknown or a resource handle). */
export function isObjectValue(v: TfValue): v is TfObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isPending(v)
}

/**
 * Sets a map entry as its own property, even one named `__proto__` (which a plain assignment would
 * take as the object's prototype): a key in a user's file is data, never a JavaScript special.
 */
export function setEntry<T>(o: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
  else o[key] = value
}

/** A whole resource used as a value is referenced with an empty attribute. */
export function handleRef(h: ResourceHandle): TfRef {
  return { $ref: h.$resource, attribute: '' }
}
