import { randomBytes } from 'node:crypto'

/**
 * Random ids as base64url. 16 bytes (128 bits, 22 characters) for share links, which are the only
 * secret a reader needs; 12 bytes (16 characters) for rows reached through a workspace.
 */
export function newShareId(): string {
  return randomBytes(16).toString('base64url')
}

export function newRowId(prefix: 'ws' | 'sc' | 'dc'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`
}
