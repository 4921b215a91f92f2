/**
 * Names short enough for an axis: the words every name starts with are dropped, and the rest
 * starts with a capital. Example: ['SwiftLogix Seoul — plan 1 (high availability)', 'SwiftLogix Seoul — final plan']
 * → ['Plan 1 (high availability)', 'Final plan']. Names that share nothing, or would become empty, stay whole.
 */
export function shortenNames(names: readonly string[]): string[] {
  if (names.length < 2) return [...names]
  const words = names.map((n) => n.split(/(\s+)/))
  let shared = 0
  // Count shared leading tokens (words and the spaces between them), stopping before any name would empty.
  while (words.every((w) => w.length > shared + 1 && w[shared] === words[0]![shared])) shared++
  // Only cut at a word boundary: the shared run must end on a space token.
  while (shared > 0 && !/^\s+$/.test(words[0]![shared - 1]!)) shared--
  if (shared === 0) return [...names]
  return words.map((w) => {
    const rest = w.slice(shared).join('').replace(/^[\s—–:\-·|,]+/, '')
    return rest ? rest[0]!.toUpperCase() + rest.slice(1) : w.join('')
  })
}
