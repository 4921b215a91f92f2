import type { ImportError, ImportNote } from '../types'

/**
 * What one evaluation gathers as it goes: its notes (each said once), the errors that refuse the
 * import, and the instances counted against the bound.
 */
export class EvaluationRun {
  readonly notes: ImportNote[] = []
  readonly errors: ImportError[] = []
  instances = 0
  private readonly said = new Set<string>()

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

  get failed(): boolean {
    return this.errors.length > 0
  }
}
