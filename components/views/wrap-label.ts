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
