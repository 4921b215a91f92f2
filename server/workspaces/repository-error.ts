import { refusalOf } from '@/lib/i18n/catalog/say-server'
import type { ServerReason } from '@/lib/i18n/catalog/server-reasons'
import type { FieldError } from '@/lib/model'

export type RepositoryErrorCode = 'invalid' | 'not_found' | 'duplicate' | 'unreadable'

/**
 * A refusal the caller can show: bad input (with field paths), a missing row, a name already
 * taken, or a stored version that no longer fits the model. The route handlers map the code to
 * 400 / 404 / 409 / 422; anything else is a bug and answers 500.
 */
export class RepositoryError extends Error {
  readonly code: RepositoryErrorCode
  readonly fieldErrors: FieldError[]
  /** The refusal as a code the panel words in the reader's language; the message is its English. */
  readonly reason: ServerReason | null
  constructor(code: RepositoryErrorCode, messageOrReason: string | ServerReason, fieldErrors: FieldError[] = []) {
    const { message, reason } = refusalOf(messageOrReason)
    super(message)
    this.name = 'RepositoryError'
    this.code = code
    this.fieldErrors = fieldErrors
    this.reason = reason
  }
}

export function isRepositoryError(error: unknown): error is RepositoryError {
  return error instanceof RepositoryError
}

/** Postgres' unique_violation, whether the driver error is bare (pg, PGlite) or wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true
  }
  return false
}
