import type { Catalog } from './catalog-type'
import { en } from './en'

/** Latin letters with an accent each, so text that did not come through the catalog stands out. */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((c, i) => [c, [...'åƀçđéĝĥîķļñöŕšŧûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŦÛŴÝŽ'][i]!]),
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
  const out: Record<string, (params: never) => string> = {}
  for (const [code, message] of Object.entries(en) as [string, (params: never) => string][]) out[code] = (params) => pseudoLocalize(message(params))
  return out as unknown as Catalog
}
