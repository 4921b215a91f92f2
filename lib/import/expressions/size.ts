import type { TfObject, TfValue } from '../types'
import { isPending } from './kinds'

/**
 * How big a value is, as a tree: a value can hold one list many times (`[local.a, local.a]`), and
 * a chain of such locals doubles at every step, so a value's size is counted as if written out,
 * while each shared part is measured only once. `height` is its nesting depth.
 */
export type Measure = { size: number; height: number }

const LEAF: Measure = { size: 1, height: 0 }

export function measure(v: TfValue, memo: WeakMap<object, Measure> = new WeakMap()): Measure {
  if (typeof v === 'string') return { size: 1 + Math.floor(v.length / 100), height: 0 }
  if (typeof v !== 'object' || v === null || isPending(v)) return LEAF
  const known = memo.get(v)
  if (known) return known
  const children = Array.isArray(v) ? v : Object.keys(v).map((k) => (v as TfObject)[k] as TfValue)
  let size = 1
  let height = 0
  for (const child of children) {
    const m = measure(child, memo)
    size += m.size
    height = Math.max(height, m.height + 1)
  }
  const result = { size, height }
  memo.set(v, result)
  return result
}

/**
 * The work of reading a value's top level once: a collection's elements, a string's characters
 * / 100. Charged for what an operation builds.
 */
export function shallowSize(v: TfValue): number {
  if (typeof v === 'string') return Math.ceil(v.length / 100)
  if (Array.isArray(v)) return v.length
  if (typeof v === 'object' && v !== null && !isPending(v)) return Object.keys(v).length
  return 0
}
