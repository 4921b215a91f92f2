import type { z } from 'zod'

export type FieldError = { path: string; message: string }

/** `services.0.count.max` → `services[0].count.max`, the way people read JSON paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('')
}

/** One sentence per zod issue, pointing at the field: "services[0].count.max: max must be at least desired". */
export function describeIssues(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: humanMessage(issue) }))
}

function humanMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ')
      return issue.input === undefined ? `is required (one of ${options})` : `must be one of ${options}`
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    case 'too_small':
      if (isCustomMessage(issue.message)) return issue.message
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}`
    case 'too_big':
      if (isCustomMessage(issue.message)) return issue.message
      return issue.origin === 'array' ? `allows at most ${issue.maximum} item(s)` : `must be at most ${issue.maximum}`
    default:
      return issue.message
  }
}

/** zod's own messages start like this; a schema's custom message does not. */
function isCustomMessage(message: string): boolean {
  return !/^(Too (small|big)|Invalid|Expected)/.test(message)
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}

/** A single line for CLIs and toasts: the first few field errors joined. */
export function summariseIssues(errors: FieldError[], limit = 3): string {
  const shown = errors.slice(0, limit).map((e) => `${e.path}: ${e.message}`)
  const more = errors.length > limit ? ` (and ${errors.length - limit} more)` : ''
  return shown.join('; ') + more
}
