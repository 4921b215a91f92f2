import { isSecretName } from '../secret-names'
import { isRef, isUnknown, type TfObject, type TfValue } from '../types'

/** A value a secret-named name may keep: a switch (`manage_master_user_password = true`) or nothing. */
export function holdsSecret(value: TfValue): boolean {
  return value !== null && typeof value !== 'boolean' && !isRef(value) && !isUnknown(value)
}

/**
 * Replaces every secret-named attribute holding a value (at any depth of a resource's arguments)
 * with an unknown, so no password written into a file reaches the result. Returns the names
 * replaced, for the note that says so.
 */
export function withoutSecrets(values: TfObject): { values: TfObject; removed: string[] } {
  const removed: string[] = []
  const walk = (value: TfValue, path: string): TfValue => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`))
    if (typeof value !== 'object' || value === null || isRef(value) || isUnknown(value)) return value
    const out: TfObject = {}
    for (const [key, inner] of Object.entries(value)) {
      const here = path === '' ? key : `${path}.${key}`
      if (isSecretName(key) && holdsSecret(inner)) {
        out[key] = { $unknown: 'missing-variable' }
        removed.push(here)
      } else out[key] = walk(inner, here)
    }
    return out
  }
  return { values: walk(values, '') as TfObject, removed }
}
