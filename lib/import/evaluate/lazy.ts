import type { TfValue } from '../types'
import type { EvaluationRun } from './run'

/** What bounds how deep lazy values may wait on each other (the evaluation's run). */
type Nesting = Pick<EvaluationRun, 'nested'>

/**
 * Defines `key` on `target` as a value computed on its first read and kept, so values can refer to
 * each other in any order (as Terraform's graph allows). A read while the value is still being
 * computed is a cycle: it gets `onCycle()` instead of recursing forever.
 */
export function defineLazy(nesting: Nesting, target: object, key: string, compute: () => TfValue, onCycle: () => TfValue): void {
  const read = memo(nesting, compute, onCycle)
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: read })
}

/** The same for a value that is not a TfValue (a module's instances, a resource's expansion). */
export function memo<T>(nesting: Nesting, compute: () => T, onCycle: () => T): () => T {
  let state: 'idle' | 'busy' | 'done' = 'idle'
  let value: T | undefined
  return () => {
    if (state === 'done') return value as T
    if (state === 'busy') return onCycle()
    state = 'busy'
    try {
      value = nesting.nested(compute, onCycle)
    } finally {
      state = 'done'
    }
    return value as T
  }
}
