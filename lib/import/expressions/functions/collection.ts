import type { TfObject, TfValue } from '../../types'
import { ExpressionEvalError, ExpressionLimitError } from '../errors'
import { MAX_RANGE_ELEMENTS, MAX_RESULT_ELEMENTS } from '../limits'
import {
  computedFrom,
  isObjectValue,
  isPending,
  requireKnown,
  requireKnownDeep,
  setEntry,
  sameValue,
  sortedKeys,
  compareStrings,
  toBool,
  toInteger,
  toList,
  toNumber,
  toObject,
  toStr,
} from '../values'
import { checkArity, valueKey, type TfFunction } from './function'
import { orderSet, unifyPrimitives } from '../unify'
import { graphemes } from './string'

const list = (args: TfValue[], i: number, what = 'the list') => toList(args[i] as TfValue, what)

/** Elements without duplicates, first occurrence kept. */
export function distinctValues(values: TfValue[]): TfValue[] {
  const seen = new Set<string>()
  return values.filter((v) => {
    const key = valueKey(v)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The arguments of a set function as sets of one element type (pending elements make the answer unknown). */
function setArgs(name: string, args: TfValue[], min: number): TfValue[][] {
  checkArity(name, args, min, Infinity)
  const lists = args.map((a) => toList(a, `an argument of ${name}()`))
  lists.forEach(requireKnownDeep)
  const unified = unifyPrimitives(lists.flat(1))
  let at = 0
  return lists.map((l) => unified.slice(at, (at += l.length)))
}

/** Terraform's collection functions (developer.hashicorp.com/terraform/language/functions, "Collection Functions"). */
export const collectionFunctions: Record<string, TfFunction> = {
  alltrue: (args) => {
    checkArity('alltrue', args, 1)
    return list(args, 0).every((v) => toBool(v, 'an element of alltrue()'))
  },
  anytrue: (args) => {
    checkArity('anytrue', args, 1)
    return list(args, 0).some((v) => toBool(v, 'an element of anytrue()'))
  },
  chunklist: (args, ctx) => {
    checkArity('chunklist', args, 2)
    const items = list(args, 0)
    const size = toInteger(args[1] as TfValue, 'the chunk size')
    if (size < 0) throw new ExpressionEvalError('chunklist() needs a chunk size of 0 or more')
    if (size === 0) return [items]
    const out: TfValue[] = []
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
    ctx.charge(out.length)
    return out
  },
  /** The first argument that is neither null nor an empty string, in the type all share: coalesce(1, "a") is "1". */
  coalesce: (args) => {
    checkArity('coalesce', args, 1, Infinity)
    for (const v of args) {
      requireKnown(v)
      if (v !== null && v !== '') return unifyPrimitives([v, ...args.filter((a) => typeof a === 'string')])[0] as TfValue
    }
    throw new ExpressionEvalError('coalesce() found no argument that is neither null nor an empty string')
  },
  coalescelist: (args) => {
    checkArity('coalescelist', args, 1, Infinity)
    for (const v of args) if (toList(v, 'an argument of coalescelist()').length > 0) return v
    throw new ExpressionEvalError('coalescelist() found no non-empty list')
  },
  compact: (args) => {
    checkArity('compact', args, 1)
    return list(args, 0).filter((v) => {
      requireKnown(v)
      return v !== null && v !== ''
    })
  },
  concat: (args, ctx) => {
    checkArity('concat', args, 1, Infinity)
    const lists = args.map((a) => toList(a, 'an argument of concat()'))
    ctx.charge(lists.reduce((n, l) => n + l.length, 0))
    return lists.flat(1)
  },
  contains: (args) => {
    checkArity('contains', args, 2)
    const items = list(args, 0)
    const wanted = args[1] as TfValue
    requireKnownDeep(wanted)
    if (items.some((v) => sameValue(v, wanted))) return true
    if (items.some(isPending)) return computedFrom(...items.filter(isPending))
    return false
  },
  distinct: (args) => {
    checkArity('distinct', args, 1)
    const items = list(args, 0)
    requireKnownDeep(items)
    return distinctValues(unifyPrimitives(items))
  },
  /** element(list, i) wraps around: element(["a", "b"], 3) = "b". */
  element: (args) => {
    checkArity('element', args, 2)
    const items = list(args, 0)
    const i = toInteger(args[1] as TfValue, 'the index')
    if (items.length === 0) throw new ExpressionEvalError('element() cannot pick from an empty list')
    if (i < 0) throw new ExpressionEvalError(`element() needs an index of 0 or more, not ${i}`)
    return items[i % items.length] as TfValue
  },
  flatten: (args, ctx) => {
    checkArity('flatten', args, 1)
    const out: TfValue[] = []
    const walk = (items: TfValue[], depth: number) => {
      if (depth > 200) throw new ExpressionLimitError('flatten() met lists nested deeper than 200 levels')
      for (const v of items) {
        if (Array.isArray(v)) walk(v, depth + 1)
        else out.push(v)
      }
    }
    walk(list(args, 0), 0)
    ctx.charge(out.length)
    return out
  },
  index: (args) => {
    checkArity('index', args, 2)
    const items = list(args, 0)
    const wanted = args[1] as TfValue
    requireKnownDeep(wanted)
    const i = items.findIndex((v) => sameValue(v, wanted))
    if (i >= 0) return i
    if (items.some(isPending)) return computedFrom(...items.filter(isPending))
    throw new ExpressionEvalError('index() did not find the value in the list')
  },
  keys: (args) => {
    checkArity('keys', args, 1)
    return sortedKeys(toObject(args[0] as TfValue, 'the map'))
  },
  values: (args) => {
    checkArity('values', args, 1)
    const map = toObject(args[0] as TfValue, 'the map')
    return sortedKeys(map).map((k) => map[k] as TfValue)
  },
  /** A string's characters, a list's elements or a map's keys; a list with unknown elements still has a known length. */
  length: (args) => {
    checkArity('length', args, 1)
    const v = args[0] as TfValue
    requireKnown(v)
    if (typeof v === 'string') return graphemes(v).length
    if (Array.isArray(v)) return v.length
    if (isObjectValue(v)) return Object.keys(v).length
    throw new ExpressionEvalError(`length() needs a string, a list or a map, not ${v === null ? 'null' : typeof v}`)
  },
  lookup: (args) => {
    checkArity('lookup', args, 2, 3)
    const map = toObject(args[0] as TfValue, 'the map')
    const key = toStr(args[1] as TfValue, 'the key')
    if (Object.prototype.hasOwnProperty.call(map, key)) return map[key] as TfValue
    if (args.length === 3) return args[2] as TfValue
    throw new ExpressionEvalError(`lookup() found no key ${JSON.stringify(key)} and has no default`)
  },
  matchkeys: (args) => {
    checkArity('matchkeys', args, 3)
    const [valuesList, keysList, search] = [list(args, 0), list(args, 1), list(args, 2)]
    if (valuesList.length !== keysList.length) throw new ExpressionEvalError('matchkeys() needs values and keys of the same length')
    requireKnownDeep(keysList)
    requireKnownDeep(search)
    const wanted = new Set(search.map(valueKey))
    return valuesList.filter((_, i) => wanted.has(valueKey(keysList[i] as TfValue)))
  },
  merge: (args, ctx) => {
    const out: TfObject = {}
    for (const a of args) {
      if (a === null) continue
      const map = toObject(a, 'an argument of merge()')
      ctx.charge(Object.keys(map).length)
      for (const k of Object.keys(map)) setEntry(out, k, map[k] as TfValue)
    }
    return out
  },
  one: (args) => {
    checkArity('one', args, 1)
    const items = list(args, 0)
    if (items.length > 1) throw new ExpressionEvalError(`one() needs a list of 0 or 1 elements, not ${items.length}`)
    return items[0] ?? null
  },
  /** range(3) = [0, 1, 2]; range(-3) = [0, -1, -2]; range(1, 4) = [1, 2, 3]; range(0, 10, 5) = [0, 5]. At most 10,000 elements. */
  range: (args, ctx) => {
    checkArity('range', args, 1, 3)
    const numbers = args.map((a) => toNumber(a, 'an argument of range()'))
    const [start, limit, step] = numbers.length === 1 ? [0, numbers[0] as number, numbers[0]! >= 0 ? 1 : -1] : [numbers[0] as number, numbers[1] as number, numbers[2] ?? (numbers[1]! >= numbers[0]! ? 1 : -1)]
    if (step === 0) throw new ExpressionEvalError('range() cannot step by 0')
    const count = Math.max(0, Math.ceil((limit - start) / step))
    if (!Number.isFinite(count) || count > MAX_RANGE_ELEMENTS) throw new ExpressionLimitError(`range() would make more than ${MAX_RANGE_ELEMENTS} elements`)
    ctx.charge(count)
    return Array.from({ length: count }, (_, i) => start + i * step)
  },
  reverse: (args) => {
    checkArity('reverse', args, 1)
    return [...list(args, 0)].reverse()
  },
  setintersection: (args) => {
    const sets = setArgs('setintersection', args, 1)
    const others = sets.slice(1).map((s) => new Set(s.map(valueKey)))
    return orderSet(distinctValues(sets[0] as TfValue[]).filter((v) => others.every((o) => o.has(valueKey(v)))))
  },
  setsubtract: (args) => {
    checkArity('setsubtract', args, 2)
    const [a, b] = setArgs('setsubtract', args, 2) as [TfValue[], TfValue[]]
    const removed = new Set(b.map(valueKey))
    return orderSet(distinctValues(a).filter((v) => !removed.has(valueKey(v))))
  },
  setunion: (args, ctx) => {
    const sets = setArgs('setunion', args, 1)
    ctx.charge(sets.reduce((n, s) => n + s.length, 0))
    return orderSet(distinctValues(sets.flat(1)))
  },
  /** Every combination of one element from each list, in order. */
  setproduct: (args, ctx) => {
    checkArity('setproduct', args, 1, Infinity)
    const lists = args.map((a) => toList(a, 'an argument of setproduct()'))
    const size = lists.reduce((n, l) => n * l.length, 1)
    if (size > MAX_RESULT_ELEMENTS) throw new ExpressionLimitError(`setproduct() would make more than ${MAX_RESULT_ELEMENTS} elements`)
    ctx.charge(size * lists.length)
    let out: TfValue[][] = [[]]
    for (const l of lists) out = out.flatMap((prefix) => l.map((v) => [...prefix, v]))
    return out
  },
  slice: (args) => {
    checkArity('slice', args, 3)
    const items = list(args, 0)
    const start = toInteger(args[1] as TfValue, 'the start index')
    const end = toInteger(args[2] as TfValue, 'the end index')
    if (start < 0 || end > items.length || start > end) throw new ExpressionEvalError(`slice() indexes ${start} to ${end} do not fit a list of ${items.length}`)
    return items.slice(start, end)
  },
  /** Sorts strings lexically (numbers as their text), as Terraform's sort does. */
  sort: (args) => {
    checkArity('sort', args, 1)
    return list(args, 0)
      .map((v) => toStr(v, 'an element of sort()'))
      .sort(compareStrings)
  },
  transpose: (args) => {
    checkArity('transpose', args, 1)
    const map = toObject(args[0] as TfValue, 'the map of lists')
    const out: Record<string, string[]> = {}
    for (const k of sortedKeys(map)) {
      for (const v of toList(map[k] as TfValue, 'a value of transpose()')) {
        const key = toStr(v)
        if (!Object.prototype.hasOwnProperty.call(out, key)) setEntry(out, key, [])
        ;(out[key] as string[]).push(k)
      }
    }
    return out
  },
  zipmap: (args) => {
    checkArity('zipmap', args, 2)
    const [keyList, valueList] = [list(args, 0, 'the keys'), list(args, 1, 'the values')]
    if (keyList.length !== valueList.length) throw new ExpressionEvalError(`zipmap() needs as many keys as values (${keyList.length} and ${valueList.length})`)
    const out: TfObject = {}
    keyList.forEach((k, i) => {
      setEntry(out, toStr(k, 'a key of zipmap()'), valueList[i] as TfValue)
    })
    return out
  },
}
