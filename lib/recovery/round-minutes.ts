import type { Text } from '../explain/text'

/**
 * Recovery times are shown in minutes, rounded UP to the next half minute so a figure never
 * promises more than the mechanism delivers.
 * Example: 95 s → 95 / 30 = 3.17 half-minutes → 4 half-minutes → 2 min; 90 s → 1.5 min; 0 s → 0 min.
 */
export function roundUpToHalfMinute(seconds: number): number {
  return Math.ceil(seconds / 30) / 2
}

/** minutesLabel(2) → "2 min", minutesLabel(1.5) → "1.5 min", minutesLabel(null) → "unbounded". */
export function minutesLabel(minutes: number | null): string {
  return minutesText(minutes).en
}

/** minutesText(2) → { en: "2 min", ko: "2분" }; null → "unbounded" / "상한 없음". */
export function minutesText(minutes: number | null): Text {
  return minutes === null ? { en: 'unbounded', ko: '상한 없음' } : { en: `${minutes} min`, ko: `${minutes}분` }
}
