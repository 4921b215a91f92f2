// Test support (imported only by *.property.test.ts): broken versions of valid inputs.
import fc from 'fast-check'

type JsonTree = null | boolean | number | string | JsonTree[] | { [key: string]: JsonTree }

/** Values that are wrong in a way a file or a hand-edited link can be wrong. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, 0, -1, 0.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1, -0, '', ' ', 'NaN', 'Infinity', '-Infinity', '1e999',
    '0x10', '__proto__', 'constructor', '${file("/etc/passwd")}', '주문', [], {}, [[[]]], [null],
  ),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant(null).map(() => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.jsonValue({ maxDepth: 2 }),
)

/** Where to change a tree: child choices from the root (each taken modulo the child count). */
const steps = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 7 })

export type Mutation =
  | { op: 'delete'; at: number[] }
  | { op: 'replace'; at: number[]; value: unknown }
  | { op: 'addKey'; at: number[]; key: string; value: unknown }
  | { op: 'nest'; at: number[]; depth: number }

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: steps }),
  fc.record({ op: fc.constant('replace' as const), at: steps, value: weirdValue }),
  fc.record({ op: fc.constant('addKey' as const), at: steps, key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), value: weirdValue }),
  fc.record({ op: fc.constant('nest' as const), at: steps, depth: fc.integer({ min: 1, max: 300 }) }),
)

function childKeys(node: JsonTree): (string | number)[] {
  if (Array.isArray(node)) return node.map((_, i) => i)
  if (node !== null && typeof node === 'object') return Object.keys(node)
  return []
}

/** A value nested `depth` levels deep in alternating arrays and objects. */
export function deeplyNested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

/**
 * Applies a mutation to a JSON-cloned copy of `value`: follows `at` down the tree as far as it
 * goes, then deletes, replaces, adds a key to, or deeply nests the node found there.
 */
export function mutate(value: unknown, m: Mutation): unknown {
  const root = { root: JSON.parse(JSON.stringify(value)) as JsonTree } as { [key: string]: JsonTree }
  let parent: JsonTree = root
  let key: string | number = 'root'
  for (const step of m.at) {
    const node: JsonTree = (parent as Record<string | number, JsonTree>)[key]!
    const keys = childKeys(node)
    if (keys.length === 0) break
    parent = node
    key = keys[step % keys.length]!
  }
  const holder = parent as Record<string | number, unknown>
  if (m.op === 'delete') {
    if (Array.isArray(holder)) holder.splice(key as number, 1)
    else delete holder[key]
  } else if (m.op === 'replace') holder[key] = m.value
  else if (m.op === 'nest') holder[key] = deeplyNested(m.depth, holder[key])
  else {
    const node = holder[key]
    // defineProperty, so '__proto__' becomes an own key as JSON.parse would make it.
    if (node !== null && typeof node === 'object') Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true })
  }
  return root.root
}

/** Edits of the JSON text itself: cut it short, flip a character, splice in a token, or put it in place of a number. */
export type TextEdit = { op: 'truncate' | 'flip' | 'insert' | 'number'; at: number; token: string }

const TOKENS = ['1e999', '-1e999', 'NaN', 'Infinity', 'undefined', '\\u0000', '"', '\\', '{', '[', ',', '}', '"__proto__":{"polluted":1},', '\u2028', '\ud800']

export const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  op: fc.constantFrom('truncate' as const, 'flip' as const, 'insert' as const, 'number' as const),
  at: fc.nat(),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 3 })),
})

export function editText(text: string, e: TextEdit): string {
  const at = text.length === 0 ? 0 : e.at % text.length
  if (e.op === 'truncate') return text.slice(0, at)
  if (e.op === 'insert') return text.slice(0, at) + e.token + text.slice(at)
  if (e.op === 'number') {
    const numbers = [...text.matchAll(/(?<=: ?)-?\d+(\.\d+)?(e[+-]?\d+)?/g)]
    const target = numbers[e.at % Math.max(1, numbers.length)]
    return target ? text.slice(0, target.index) + e.token + text.slice(target.index + target[0].length) : text
  }
  const flipped = String.fromCharCode(text.charCodeAt(at) ^ (1 << (e.at % 7)))
  return text.slice(0, at) + flipped + text.slice(at + 1)
}
