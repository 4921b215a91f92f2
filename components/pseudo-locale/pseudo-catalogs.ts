import { vi } from 'vitest'

/**
 * Every English namespace file, found when the test runs, so a namespace added tomorrow is swapped
 * too (the index only merges namespaces, so it is left as it is and merges the swapped ones).
 */
const ENGLISH_NAMESPACES = Object.keys(import.meta.glob(['/lib/i18n/catalog/en/*.ts', '!**/index.ts', '!**/*.test.ts']))

export function listEnglishNamespaces(): string[] {
  return ENGLISH_NAMESPACES
}

/**
 * Swaps every English namespace for its pseudo-locale (accented and bracketed), then forgets every
 * module loaded so far, so the pages imported afterwards (with `await import`) speak pseudo when
 * they speak English. `vi.doMock`, unlike `vi.mock`, takes a path known only at run time.
 */
export async function speakPseudoForEnglish(): Promise<void> {
  const { pseudoMessages } = await import('@/lib/i18n/catalog/pseudo')
  for (const file of ENGLISH_NAMESPACES) vi.doMock(file, async (importOriginal) => pseudoMessages(await importOriginal<object>()))
  vi.resetModules()
}
