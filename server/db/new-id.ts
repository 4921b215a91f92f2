import { randomBytes } from 'node:crypto'

/**
 * Random ids as base64url, 16 bytes (128 bits, 22 characters) each. A share id is the only secret a
 * reader needs, and a workspace id is the key to a workspace (no address lists them), so neither
 * may be guessable; rows reached through a workspace get the same length so no id is the weak one.
 * Ids made before were 12 bytes (16 characters): they keep working, nothing checks the length.
 */
export function newShareId(): string {
  return randomBytes(16).toString('base64url')
}

export function newRowId(prefix: 'ws' | 'sc' | 'dc'): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`
}
