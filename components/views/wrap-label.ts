/**
 * Splits an axis label into lines of at most `maxChars`, breaking at spaces (a longer word keeps its own line).
 * Example: wrapLabel('Gateway service', 10) → ['Gateway', 'service']; wrapLabel('Night', 10) → ['Night'].
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * `text` wrapped to lines that fit `roomPx` (4 px kept free on each side), at most `maxChars` a line:
 * what WrappedTick draws under a category and what useCategoryAxis makes room for.
 */
export function wrapToRoom(text: string, roomPx: number, maxChars: number): string[] {
  return wrapLabel(text, charsThatFit(text, roomPx - 8, maxChars))
}

/** About how wide a 12 px letter is: Hangul and other wide letters take nearly twice a Latin one. */
const NARROW_PX = 6.8
const WIDE_PX = 12
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u

/**
 * How many letters of `text` fit on one line `roomPx` wide, at most `maxChars` (and at least 4).
 * Example: charsThatFit('Seoul — plan 1', 80, 16) → 11; charsThatFit('서울 — 1안', 80, 16) → 8.
 */
export function charsThatFit(text: string, roomPx: number, maxChars: number): number {
  const letters = Array.from(text)
  const wide = letters.filter((c) => WIDE.test(c)).length
  const averagePx = letters.length === 0 ? NARROW_PX : (wide * WIDE_PX + (letters.length - wide) * NARROW_PX) / letters.length
  return Math.max(4, Math.min(maxChars, Math.floor(roomPx / averagePx)))
}
