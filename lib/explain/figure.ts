/**
 * A number the UI shows, with how it was obtained. Every engine returns these instead of bare
 * numbers, so any figure can be opened to its formula and inputs.
 * Example: { value: 88.65, unit: 'USD/month', formula: '6 tasks × 0.5 vCPU × $0.04048 × 730 h = $88.65', inputs: {...} }
 */
export type Figure = {
  value: number | null
  unit: string
  formula: string
  inputs: Record<string, string | number | boolean | null>
}

/** Formats a number for formulas: at most `digits` decimals, no trailing zeros. */
export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : String(value)
  return Number(value.toFixed(digits)).toString()
}

/** Money in formulas: "$88.65". */
export function usd(value: number): string {
  return `$${value.toFixed(2)}`
}
