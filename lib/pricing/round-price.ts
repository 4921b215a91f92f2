/** A unit price to `digits` decimals, as price lists print them: roundPrice(0.024543379, 6) → 0.024543. */
export function roundPrice(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
