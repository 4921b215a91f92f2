/**
 * Korean particles change with the last sound of the word before them: "데이터베이스는" but
 * "연결은". A trailing parenthesis is skipped ("외부 인터넷 연결(NAT)은"), digits are read aloud
 * (1 일, 3 삼 …) and a Latin word is taken to end in a vowel unless it ends in a consonant letter
 * Koreans pronounce with a final consonant (l, m, n, k, p, t).
 */
export type JosaPair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로'

const DIGIT_HAS_FINAL: Record<string, boolean> = {
  '0': true, '1': true, '2': false, '3': true, '4': false, '5': false, '6': true, '7': true, '8': true, '9': false,
}

/** The final consonant of the last syllable: 0 = none, 8 = ㄹ, other values = other consonants. */
function finalConsonant(word: string): number {
  const bare = word.replace(/\s*\([^)]*\)\s*$/, '').trim()
  const last = bare.charAt(bare.length - 1)
  const code = last.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28
  if (last in DIGIT_HAS_FINAL) return DIGIT_HAS_FINAL[last] ? (last === '1' || last === '7' || last === '8' ? 8 : 1) : 0
  if (/[lL]$/.test(bare)) return 8
  return /[mnkptMNKPT]$/.test(bare) ? 1 : 0
}

/** withJosa('데이터베이스', '은/는') → '데이터베이스는'; withJosa('연결', '으로/로') → '연결로'. */
export function withJosa(word: string, pair: JosaPair): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string]
  const final = finalConsonant(word)
  // ㄹ takes 로, not 으로: "연결로", "서울로".
  if (pair === '으로/로') return word + (final === 0 || final === 8 ? afterVowel : afterConsonant)
  return word + (final === 0 ? afterVowel : afterConsonant)
}
