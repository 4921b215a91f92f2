import type { ImportNote, TfValue } from '../types'

/**
 * What an expression can read. `lookup` answers a root name (`var`, `local`, `module`, `count`,
 * `each`, `path`, `terraform`, `self`, `data`, a resource type such as `aws_subnet`) with an
 * object the caller builds (JS getters are fine for lazy values); undefined means the name does
 * not exist here. `note` hears what the evaluation could not do offline (an unsupported function).
 */
export type Scope = { lookup(root: string): TfValue | undefined; note?(note: ImportNote): void }

/** A scope that adds the symbols of a `for` expression (or template directive) to its parent's. */
export function withSymbols(parent: Scope, symbols: Record<string, TfValue>): Scope {
  return {
    lookup: (root) => (Object.prototype.hasOwnProperty.call(symbols, root) ? symbols[root] : parent.lookup(root)),
    note: (note) => parent.note?.(note),
  }
}
