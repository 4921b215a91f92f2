import { isRef, isUnknown, type TfObject, type TfValue } from '../types'

/**
 * A variable's `type` as written: hcl2json gives `"${list(string)}"`, JSON syntax `"list(string)"`.
 * `typeText({ type: '${number}' })` → `number`; undefined when the variable states none.
 */
export function typeText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  return raw.replace(/^\$\{([\s\S]*)\}$/, '$1').replace(/\s+/g, '')
}

/**
 * Whether `-var` text is read as an expression: "if the root module variable uses a type
 * constraint to require a complex value (list, set, map, object, or tuple), Terraform will instead
 * attempt to parse its value using the same syntax used within variable definitions files"
 * (Terraform docs, "Variables on the Command Line"); otherwise it is a literal string.
 */
export function isComplexType(type: string | undefined): boolean {
  return type !== undefined && /^(list|set|map|object|tuple)\(/.test(type)
}

/**
 * Converts a value to a type constraint the way Terraform converts primitives automatically
 * ("Type Conversion": "5" → 5 for a number, "true" → true for a bool, numbers and bools → strings),
 * through lists, sets, maps and tuples of them. Anything it cannot convert is kept as it is.
 */
export function convertToType(value: TfValue, type: string | undefined): TfValue {
  if (type === undefined || value === null || isRef(value) || isUnknown(value)) return value
  if (type === 'number' && typeof value === 'string' && /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) return Number(value.trim())
  if (type === 'bool' && (value === 'true' || value === 'false')) return value === 'true'
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value)
  const collection = /^(list|set|map)\((.*)\)$/.exec(type)
  if (collection) {
    const element = collection[2]
    if (Array.isArray(value) && collection[1] !== 'map') return value.map((item) => convertToType(item, element))
    if (collection[1] === 'map' && typeof value === 'object' && !Array.isArray(value)) {
      const out: TfObject = {}
      for (const [key, item] of Object.entries(value)) out[key] = convertToType(item, element)
      return out
    }
  }
  return value
}
