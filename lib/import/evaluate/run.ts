import type { ImportError, ImportNote } from '../types'
import { MAX_REFERENCE_DEPTH } from './limits'

/**
 * What one evaluation gathers as it goes: its notes (each said once), the errors that refuse the
 * import, and the instances counted against the bound.
 */
export class EvaluationRun {
  readonly notes: ImportNote[] = []
  readonly errors: ImportError[] = []
  instances = 0
  private readonly said = new Set<string>()
  private depth = 0

  note(note: ImportNote): void {
    const key = JSON.stringify([note.code, note.params, note.address])
    if (this.said.has(key)) return
    this.said.add(key)
    this.notes.push(note)
  }

  /** Refuses the import (the first reason of each kind is enough to say why). */
  fail(error: ImportError): void {
    if (this.errors.some((e) => e.code === error.code && e.params.limit === error.params.limit)) return
    this.errors.push(error)
  }

  /**
   * Computes a value that other values wait on; past MAX_REFERENCE_DEPTH of such waits the import
   * is refused and `tooDeep()` stands in, so a chain of thousands of references cannot overflow the stack.
   */
  nested<T>(compute: () => T, tooDeep: () => T): T {
    if (this.depth >= MAX_REFERENCE_DEPTH) {
      this.fail({ code: 'import.too-large', params: { limit: 'reference-depth', value: this.depth + 1, max: MAX_REFERENCE_DEPTH } })
      return tooDeep()
    }
    this.depth++
    try {
      return compute()
    } finally {
      this.depth--
    }
  }

  get failed(): boolean {
    return this.errors.length > 0
  }
}
