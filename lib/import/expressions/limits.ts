/**
 * Bounds that keep a hostile file from hanging the import or blowing the stack (ADR 011: the time
 * budget is enforced by construction, since nothing can interrupt synchronous evaluation).
 */
export const MAX_EXPRESSION_CHARS = 100_000
/** Nesting of brackets, calls, templates and operators in one expression. */
export const MAX_NESTING_DEPTH = 200
/** Elements `range()` may produce. */
export const MAX_RANGE_ELEMENTS = 10_000
/** Elements (and characters / 10) one evaluation may build in total. */
export const MAX_RESULT_ELEMENTS = 100_000
/** Elements (written out as a tree) one evaluation may read through functions and comparisons. */
export const MAX_READ_WORK = 1_000_000
/** Longest string an evaluation may build (jsonencode of a large map, repeated joins). */
export const MAX_STRING_CHARS = 1_000_000
