/**
 * Paths into a scenario that survive reordering: an array whose items all carry an `id` is
 * addressed by id (`config.services[gateway].count`), anything else by key or index.
 */
type Segment = string | number | { id: string }
export type Path = Segment[]

/**
 * A path through nested objects (not into lists) of `T`, checked by the compiler:
 * `['config', 'network', 'azCount']` is a `KeyPath<Scenario>`, `['config', 'netwrk']` is not.
 */
export type KeyPath<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]-?: [K] | [K, ...KeyPath<NonNullable<T[K]>>] }[keyof T & string]
    : never

/** The type at `P` in `T`, with `undefined` where an optional object on the way may be missing. */
export type ValueAt<T, P> = P extends readonly [infer K, ...infer Rest]
  ? T extends undefined | null
    ? undefined
    : K extends keyof T
      ? ValueAt<T[K], Rest>
      : never
  : T

/** `getAt` for a typed path: the value at `['config', 'database', 'multiAz']` is a boolean. */
export function valueAt<T, P extends KeyPath<T>>(root: T, path: P): ValueAt<T, P> {
  // KeyPath only admits keys of nested objects, which is what getAt walks.
  return getAt(root, path as unknown as Path) as ValueAt<T, P>
}

type Json = unknown

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIdArray(value: Json): value is { id: string }[] {
  return Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string')
}

function step(container: Json, segment: Segment): Json {
  if (typeof segment === 'object') return isIdArray(container) ? container.find((item) => item.id === segment.id) : undefined
  if (Array.isArray(container) && typeof segment === 'number') return container[segment]
  return isRecord(container) ? container[segment as string] : undefined
}

export function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, segment) => step(node, segment), root)
}

/** Sets (or with `undefined`, deletes) the value at `path`; throws when the parent is missing. */
export function setAt(root: Json, path: Path, value: Json): void {
  const parent = getAt(root, path.slice(0, -1))
  const last = path.at(-1)
  if (last === undefined) throw new Error('an empty path names no setting')
  if (typeof last === 'object') {
    if (!isIdArray(parent)) throw new Error(`no list at ${formatPath(path.slice(0, -1))}`)
    const index = parent.findIndex((item) => item.id === last.id)
    if (index < 0) throw new Error(`${formatPath(path)} does not exist in the first plan`)
    parent[index] = value as { id: string }
    return
  }
  if (Array.isArray(parent) && typeof last === 'number') {
    parent[last] = value
    return
  }
  if (!isRecord(parent)) throw new Error(`${formatPath(path.slice(0, -1))} does not exist in the first plan`)
  if (value === undefined) delete parent[last as string]
  else parent[last as string] = value
}

/** `['config', 'services', { id: 'gateway' }, 'count']` → `config.services[gateway].count`. */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) => (typeof segment === 'object' ? `[${segment.id}]` : typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('')
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The smallest paths at which `a` and `b` differ. Objects recurse by key, id-lists by id when both
 * hold the same ids, other arrays by index when both have the same length; anything else is a leaf.
 * Example: two configs that differ only in the gateway's desired count → [config.services[gateway].count.desired].
 */
export function diffLeaves(a: Json, b: Json, prefix: Path = []): Path[] {
  if (same(a, b)) return []
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    return keys.flatMap((key) => diffLeaves(a[key], b[key], [...prefix, key]))
  }
  if (isIdArray(a) && isIdArray(b)) {
    const idsA = a.map((item) => item.id)
    const idsB = b.map((item) => item.id)
    if (same([...idsA].sort(), [...idsB].sort()))
      return idsA.flatMap((id) => diffLeaves(a.find((x) => x.id === id), b.find((x) => x.id === id), [...prefix, { id }]))
    return [prefix]
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.some((item) => typeof item === 'object' && item !== null))
    return a.flatMap((item, i) => diffLeaves(item, b[i], [...prefix, i]))
  return [prefix]
}
