import type { Catalog } from './catalog-type'
import { en } from './en'

/**
 * Every Latin letter with an accent, so any plain ASCII letter in a pseudo-locale render came from
 * somewhere other than a catalog's own words: a param (a user's name) or a string that bypassed it.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþʠŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'][i]!]),
)

/** "Tasks" → "[Ŧåšķš]": bracketed, so a clipped or concatenated message shows too. */
export function pseudoLocalize(text: string): string {
  return `[${[...text].map((c) => ACCENTED[c] ?? c).join('')}]`
}

/**
 * The test-only pseudo-locale: every English message, accented and bracketed. A view rendered with
 * it shows any string that bypassed the catalog as plain English. Digits and symbols are kept, so
 * numbers in the output can still be checked.
 */
export function pseudoCatalog(): Catalog {
  return pseudoMessages(en) as unknown as Catalog
}

/**
 * One English catalog module (or any value of it) in the pseudo-locale: strings accented and
 * bracketed, functions (messages) returning their words so, objects and arrays walked. Tests swap
 * each `catalog/en/<namespace>.ts` for this, so every speaker of that namespace talks pseudo.
 */
export function pseudoMessages<T>(value: T): T {
  if (typeof value === 'string') return pseudoLocalize(value) as T
  if (typeof value === 'function') {
    const message = value as (...args: unknown[]) => unknown
    return ((...args: unknown[]) => pseudoMessages(message(...args))) as T
  }
  if (Array.isArray(value)) return value.map(pseudoMessages) as T
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudoMessages(item)])) as T
  }
  return value
}

/** A plain object or a module's namespace (null prototype); not a Date, Map or class instance. */
function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
