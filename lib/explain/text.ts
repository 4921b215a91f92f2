/**
 * A sentence in both languages ArchDeck speaks. Engines write both at the place they decide what to
 * say, so a translation can never drift from the numbers in it. English stays the canonical field of
 * every result (CLI JSON, Markdown in English); Korean rides alongside in a `ko` shadow field.
 */
export type Text = { en: string; ko: string }

export function text(en: string, ko: string): Text {
  return { en, ko }
}

/** The same words in both languages: names, ids, numbers. */
export function verbatim(words: string): Text {
  return { en: words, ko: words }
}

/** Sentences one after another. Example: ["A.", "B."] → "A. B." in each language. */
export function joinTexts(parts: readonly (Text | null | undefined | false)[], separator = ' '): Text {
  const present = parts.filter((p): p is Text => Boolean(p))
  return { en: present.map((p) => p.en).join(separator), ko: present.map((p) => p.ko).join(separator) }
}

/**
 * A list as a sentence names it.
 * Example: ['a', 'b', 'c'] → { en: "a, b and c", ko: "a, b, c" }.
 */
export function listWords(items: readonly string[]): Text {
  if (items.length <= 1) return verbatim(items[0] ?? '')
  return { en: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`, ko: items.join(', ') }
}

/**
 * Phrases that are already in both languages, listed as a sentence lists them.
 * Example: [{ en: 'ALB-SG', ko: 'ALB-SG' }, { en: 'the bastion', ko: '배스천' }] → { en: "ALB-SG and the bastion", ko: "ALB-SG, 배스천" }.
 */
export function listTexts(items: readonly Text[]): Text {
  return { en: listWords(items.map((i) => i.en)).en, ko: listWords(items.map((i) => i.ko)).ko }
}
