import { refusalOf } from '@/lib/i18n/catalog/say-server'
import type { ServerReason } from '@/lib/i18n/catalog/server-reasons'
import type { FieldError } from '@/lib/model'

/** A refusal decided at the HTTP border (body too large, not JSON, unknown id in the path, too many writes). */
export class HttpError extends Error {
  readonly status: number
  readonly fieldErrors: FieldError[]
  /** Extra answer headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string>
  /** The refusal as a code the panel words in the reader's language; the message is its English. */
  readonly reason: ServerReason | null
  constructor(status: number, messageOrReason: string | ServerReason, fieldErrors: FieldError[] = [], headers: Record<string, string> = {}) {
    const { message, reason } = refusalOf(messageOrReason)
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.fieldErrors = fieldErrors
    this.headers = headers
    this.reason = reason
  }
}
