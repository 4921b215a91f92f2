import type { ImportNote, TfObject, TfValue } from '../types'
import type { Scope } from './scope'
import type { ResourceHandle } from './values'

/** A scope for tests: root names from a plain object, notes collected. */
export function testScope(roots: Record<string, TfValue>): Scope & { notes: ImportNote[] } {
  const notes: ImportNote[] = []
  return { lookup: (root) => (Object.prototype.hasOwnProperty.call(roots, root) ? roots[root] : undefined), note: (n) => notes.push(n), notes }
}

export function handle(address: string, attributes: TfObject = {}): ResourceHandle {
  return { $resource: address, attributes }
}
