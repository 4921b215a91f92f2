/**
 * For the tests that hold an engine to "facts and codes, never prose": what they inspect.
 * Engines return reasons (lib/explain/reason.ts); their words live in lib/i18n/catalog.
 */

/** Every string in a value, however deep. */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings)
  return []
}

/** Hangul, or the key of an `{ en, ko }` pair, anywhere in a result's JSON: words that belong in the catalog. */
export const CATALOG_WORDS_IN_JSON = /[\uac00-\ud7a3]|"ko":|"en":/
