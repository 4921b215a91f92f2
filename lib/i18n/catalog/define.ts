import type { Reason } from '../../explain/reason'

/**
 * One namespace of a language's catalog: a function per code of the reasons `R`, taking exactly
 * that code's params. Typing a language's namespace as `Messages<R>` makes a missing or extra code,
 * or a wrong param name, fail `tsc` (the tldraw/ESLint pattern: keys are a type).
 */
export type Messages<R extends Reason<string, object>> = { [C in R['code']]: (params: Extract<R, { code: C }>['params']) => string }
