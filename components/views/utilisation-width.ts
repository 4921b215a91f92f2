/**
 * A utilisation (0–1, Infinity when overloaded) as a CSS width for a meter, clamped to 0–100 %.
 * Example: 0.2 → "20%"; 1.4 → "100%"; Infinity → "100%".
 */
export function utilisationWidth(utilisation: number): string {
  if (Number.isNaN(utilisation)) return '0%'
  const percent = Math.min(100, Math.max(0, utilisation * 100))
  return `${Math.round(percent * 10) / 10}%`
}
