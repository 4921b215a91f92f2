import type { FieldError } from '@/lib/model'

/** A refusal decided at the HTTP border (body too large, not JSON, unknown id in the path, too many writes). */
export class HttpError extends Error {
  readonly status: number
  readonly fieldErrors: FieldError[]
  /** Extra answer headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string>
  constructor(status: number, message: string, fieldErrors: FieldError[] = [], headers: Record<string, string> = {}) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.fieldErrors = fieldErrors
    this.headers = headers
  }
}
