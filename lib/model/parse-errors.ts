import type { z } from 'zod'
import { readIssueReason } from './issue-params'
import { describeModelIssue, listProblemsInEnglish } from './model-issue-english'
import type { FieldError, ModelIssue, ProblemList, ValueKind } from './model-issues'

export type { FieldError } from './model-issues'

/** A field error the model itself found: its reason is always there. */
export type ModelFieldError = FieldError & { reason: ModelIssue }

/** A model field error at `path`, its message the reason's English. */
export function fieldError(path: string, reason: ModelIssue): ModelFieldError {
  return { path, message: describeModelIssue(reason), reason }
}

/** `services.0.count.max` → `services[0].count.max`, the way people read JSON paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('')
}

/** One sentence per zod issue, pointing at the field: "services[0].count.max: max must be at least desired". */
export function describeIssues(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path)
    const reason = readReason(issue)
    return reason ? fieldError(path, reason) : { path, message: issue.message }
  })
}

/**
 * The model's reason for a zod issue: the one a custom issue carries, or one read from zod's own
 * fields. Undefined for a custom message of a schema outside the model (its words are its own).
 */
function readReason(issue: z.core.$ZodIssue): ModelIssue | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'model.required', params: { expected: issue.expected } }
        : { code: 'model.wrong-type', params: { expected: issue.expected, got: kindOf(issue.input) } }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v))
      return issue.input === undefined ? { code: 'model.required-option', params: { options } } : { code: 'model.not-an-option', params: { options } }
    }
    case 'unrecognized_keys':
      return { code: 'model.unknown-fields', params: { keys: issue.keys } }
    case 'too_small':
      if (isCustomMessage(issue.message)) return undefined
      return issue.origin === 'array' ? { code: 'model.too-few-items', params: { minimum: Number(issue.minimum) } } : { code: 'model.too-small', params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      if (isCustomMessage(issue.message)) return undefined
      return issue.origin === 'array' ? { code: 'model.too-many-items', params: { maximum: Number(issue.maximum) } } : { code: 'model.too-big', params: { maximum: Number(issue.maximum) } }
    case 'custom':
      return readIssueReason(issue)
    case 'invalid_union': {
      // zod words a discriminated union's unknown kind with its options, any other union as "Invalid input".
      const options = (issue as { options?: unknown }).options
      if (Array.isArray(options) && options.length > 0) return { code: 'model.unknown-kind', params: { options: options.map(String) } }
      return issue.inclusive === false ? undefined : { code: 'model.invalid-input', params: {} }
    }
    default:
      return undefined
  }
}

/**
 * zod's own messages start like this; a schema's custom message does not. The model's own bounds
 * carry reasons (issue-params.ts); this tells a caller's schema's custom words from zod's.
 */
function isCustomMessage(message: string): boolean {
  return !/^(Too (small|big)|Invalid|Expected)/.test(message)
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** The first `limit` field errors and how many more there are: what summariseIssues prints, as facts for a message. */
export function listProblems(errors: readonly FieldError[], limit = 3): ProblemList {
  return { problems: errors.slice(0, limit), more: Math.max(0, errors.length - limit) }
}

/** A single line for CLIs and toasts: the first few field errors joined. */
export function summariseIssues(errors: readonly FieldError[], limit = 3): string {
  return listProblemsInEnglish(listProblems(errors, limit))
}
