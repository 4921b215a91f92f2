import type { Locale } from '../locale'
import type { Catalog, CatalogReason } from './catalog-type'
import { en } from './en'
import { ko } from './ko'

/** Each language's catalog; adding a language adds its folder and one entry here. */
const CATALOGS: Record<Locale, Catalog> = { en, ko }

/**
 * A reason in words, from a given catalog (the pseudo-locale's in tests).
 * sayWith(en, { code: 'capacity.advice.no-task-count', params: { slaP95Ms: 60 } }) → 'No task count meets p95 < 60 ms: …'.
 */
export function sayWith(catalog: Catalog, reason: CatalogReason): string {
  // The mapped Catalog type pairs each code with its params; TypeScript cannot follow that through a union call.
  const message = catalog[reason.code] as (params: CatalogReason['params']) => string
  return message(reason.params)
}

/** A reason in the reader's language: what every view, the deck, the report and the CLI call. */
export function say(locale: Locale, reason: CatalogReason): string {
  return sayWith(CATALOGS[locale], reason)
}

/** The catalog of a language, for tests that walk every code. */
export function catalogOf(locale: Locale): Catalog {
  return CATALOGS[locale]
}
