import type { TfValue } from '../types'

/**
 * Defines `key` on `target` as a value computed on its first read and kept, so values can refer to
 * each other in any order (as Terraform's graph allows). A read while the value is still being
 * computed is a cycle: it gets `onCycle()` instead of recursing forever.
 */
export function defineLazy(target: object, key: string, compute: () => TfValue, onCycle: () => TfValue): void {
  let state: 'idle' | 'busy' | 'done' = 'idle'
  let value: TfValue = null
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (state === 'done') return value
      if (state === 'busy') return onCycle()
      state = 'busy'
      try {
        value = compute()
      } finally {
        state = 'done'
      }
      return value
    },
  })
}

/** The same for a value that is not a TfValue (a module's instances, a resource's expansion). */
export function memo<T>(compute: () => T, onCycle: () => T): () => T {
  let state: 'idle' | 'busy' | 'done' = 'idle'
  let value: T | undefined
  return () => {
    if (state === 'done') return value as T
    if (state === 'busy') return onCycle()
    state = 'busy'
    try {
      value = compute()
    } finally {
      state = 'done'
    }
    return value as T
  }
}
