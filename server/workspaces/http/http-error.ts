import type { FieldError } from '@/lib/model'

/** A refusal decided at the HTTP border (body too large, not JSON, unknown id in the path). */
export class HttpError extends Error {
  readonly status: number
  readonly fieldErrors: FieldError[]
  constructor(status: number, message: string, fieldErrors: FieldError[] = []) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.fieldErrors = fieldErrors
  }
}
