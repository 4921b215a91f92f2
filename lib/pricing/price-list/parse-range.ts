/** A price dimension's range bound: a number, or "Inf" for an open end; null when neither. */
export function parseRangeBound(text: string): number | null {
  if (text === 'Inf') return Infinity
  return parseAmount(text)
}

/** "0.0416000000" → 0.0416; "" or "n/a" → null (AWS writes amounts as decimal strings). */
export function parseAmount(text: string): number | null {
  if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim())) return null
  return Number(text)
}
