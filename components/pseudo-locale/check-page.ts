import { expect } from 'vitest'
import { countPseudoMessages, describeLeaks, findLeaks, type Allowed, type Seen } from './find-leaks'

/**
 * The pseudo-locale test (issue 11): each *.test.tsx here renders pages in English with every
 * catalog namespace swapped for its pseudo-locale, so catalog words read "[Ŧåšķš]" and anything
 * else stands out. Run `npx vitest run components/pseudo-locale`. A failure lists each string as
 * `area › nearest landmark › element: "text" → the words at fault`. To fix one, word it through
 * the namespace's catalog (lib/i18n/catalog/{en,ko}/<namespace>.ts); only data that no language
 * translates (a typed name, an AWS id, a publisher's title, a unit) belongs in allowed-words.ts.
 */

/**
 * What one area of a page shows, checked: it shows at least `minimumMessages` catalog messages (a
 * blank or crashed render fails here, so the check cannot pass on nothing) and no word that did not
 * come from a catalog. The failure lists each leaking string with where it is.
 */
export function expectOnlyCatalogWords(seen: readonly Seen[], allowed: Allowed, minimumMessages: number): void {
  const where = seen[0]?.where.split(' › ')[0] ?? 'nothing rendered'
  const leaks = describeLeaks(findLeaks(seen, allowed))
  expect(leaks, `${where}: words that did not come from a catalog`).toBe('')
  expect(countPseudoMessages(seen), `${where}: catalog messages shown`).toBeGreaterThanOrEqual(minimumMessages)
}

/** A Markdown document's lines as a reader sees them (escapes dropped), each under the heading it belongs to. */
export function seenInMarkdown(markdown: string, area: string): Seen[] {
  let heading = 'title'
  return markdown.split('\n').flatMap((raw) => {
    const line = raw.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '')
    return line.trim() ? [{ where: `${area} › ${heading}`, text: line }] : []
  })
}
