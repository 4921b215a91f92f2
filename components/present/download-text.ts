/** "SwiftLogix final proposal" → "swiftlogix-final-proposal"; Hangul is kept. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, 60) || 'scenario'
}
