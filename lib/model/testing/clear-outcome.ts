// Test support (imported only by *.property.test.ts): what "a valid result or a clear error" means.
import { expect } from 'vitest'
import { describeModelIssue } from '../model-issue-english'
import { summariseIssues, type FieldError } from '../parse-errors'
import { parseScenario, type ParseResult } from '../parse-scenario'
import type { Scenario } from '../scenario'

/**
 * Every error names a place and says what is wrong there, in words, with the reason every language
 * words (the English message is that reason's English).
 */
export function expectClearErrors(errors: readonly FieldError[]): void {
  expect(errors.length).toBeGreaterThan(0)
  for (const error of errors) {
    expect(error.path.trim()).not.toBe('')
    expect(error.message.trim()).not.toBe('')
    expect(error.reason, `${error.path}: ${error.message}`).toBeDefined()
    expect(describeModelIssue(error.reason!)).toBe(error.message)
  }
  expect(summariseIssues([...errors]).trim()).not.toBe('')
}

/** A one-line message, as the CLI, toasts and saved-state notices show it. */
export function expectClearMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(3)
}

/** Either a scenario the schema accepts again as it is, or clear field errors. */
export function expectClearOutcome(result: ParseResult<Scenario>): void {
  if (result.ok) expect(parseScenario(result.value)).toEqual({ ok: true, value: result.value })
  else expectClearErrors(result.errors)
}

const ORIGINAL_TO_STRING = Object.prototype.toString
const PROTOTYPE_KEYS = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
}

/** Nothing an input says may add or change a property every object inherits. */
export function expectPrototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS.object)
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(PROTOTYPE_KEYS.array)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype.toString).toBe(ORIGINAL_TO_STRING)
}
