import { listWords, type Text } from '../explain/text'

/**
 * Several config changes as one instruction, without repeats; null when there are none.
 * Example: ['Turn on Database Multi-AZ', 'Run one NAT gateway per AZ'] →
 * "Turn on Database Multi-AZ and run one NAT gateway per AZ" / "Database Multi-AZ 켜기, AZ마다 NAT 게이트웨이 하나씩 두기".
 */
export function joinImprovements(improvements: readonly (Text | null)[]): Text | null {
  const unique = [...new Map(improvements.filter((i): i is Text => i !== null).map((i) => [i.en, i])).values()]
  if (unique.length === 0) return null
  return {
    en: listWords(unique.map((t, i) => (i === 0 ? t.en : lowerFirst(t.en)))).en,
    ko: unique.map((t) => t.ko).join(', '),
  }
}

/** Lower-cases the first letter unless the first word is an acronym ("NAT", "VPC"). */
function lowerFirst(text: string): string {
  const firstWord = text.split(' ')[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}
