/**
 * Recovery times are shown in minutes, rounded UP to the next half minute so a figure never
 * promises more than the mechanism delivers.
 * Example: 95 s → 95 / 30 = 3.17 half-minutes → 4 half-minutes → 2 min; 90 s → 1.5 min; 0 s → 0 min.
 */
export function roundUpToHalfMinute(seconds: number): number {
  return Math.ceil(seconds / 30) / 2
}
