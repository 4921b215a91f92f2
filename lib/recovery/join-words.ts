/**
 * Joins items the way a sentence lists them.
 * Example: ['Order service'] → "Order service"; ['a', 'b', 'c'] → "a, b and c".
 */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * Several config changes as one instruction, without repeats; null when there are none.
 * Example: ['Turn on Database Multi-AZ', 'Run one NAT gateway per AZ'] →
 * "Turn on Database Multi-AZ and run one NAT gateway per AZ".
 */
export function joinImprovements(improvements: readonly (string | null)[]): string | null {
  const unique = [...new Set(improvements.filter((i): i is string => i !== null))]
  if (unique.length === 0) return null
  return joinWords(unique.map((text, i) => (i === 0 ? text : lowerFirst(text))))
}

/** Lower-cases the first letter unless the first word is an acronym ("NAT", "VPC"). */
function lowerFirst(text: string): string {
  const firstWord = text.split(' ')[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}
