import { isRef, isUnknown, type TfObject, type TfValue } from '../types'

/**
 * Names that hold secrets by convention: the name ends in the secret's word (`db_password`,
 * `master_password`, `auth_token`, `client_secret`, `api_key`), or in its word and the form it is
 * written in (`secret_string`, `private_key_pem`, `password_wo`). A name that points at a secret
 * or describes one (`password_secret_arn`, `password_length`, `token_ttl`) is not one.
 */
const SECRET_NAME = /(^|_)(password|passwd|pass|pwd|passphrase|secret|token|private_key|api_key|access_key|secret_key|credentials?)(_(string|value|plaintext|pem|wo|b64|base64))?$/i

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name)
}

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
