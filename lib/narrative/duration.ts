import { formatNumber, type Locale } from '../i18n'

/**
 * A recovery time in the words a stakeholder uses: "2 minutes", "4.5 minutes", "2 hours";
 * "2분", "2시간". From two hours on, hours read better than minutes.
 */
export function formatDuration(minutes: number, locale: Locale): string {
  if (minutes >= 120) {
    const hours = formatNumber(minutes / 60, locale, 1)
    return locale === 'ko' ? `${hours}시간` : `${hours} ${minutes === 60 ? 'hour' : 'hours'}`
  }
  const text = formatNumber(minutes, locale, 1)
  return locale === 'ko' ? `${text}분` : `${text} ${minutes === 1 ? 'minute' : 'minutes'}`
}

/** Table cells: "2 min", "1.5 h", "unbounded" / "2분", "1.5시간", "기약 없음". */
export function formatDurationShort(minutes: number | null, locale: Locale): string {
  if (minutes === null) return locale === 'ko' ? '기약 없음' : 'unbounded'
  if (minutes >= 120) return locale === 'ko' ? `${formatNumber(minutes / 60, 'ko', 1)}시간` : `${formatNumber(minutes / 60, 'en', 1)} h`
  return locale === 'ko' ? `${formatNumber(minutes, 'ko', 1)}분` : `${formatNumber(minutes, 'en', 1)} min`
}

/** "95 ms" / "95ms"; an overloaded queue has no percentile. */
export function formatMs(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms)) return locale === 'ko' ? '과부하' : 'overloaded'
  return locale === 'ko' ? `${formatNumber(ms, 'ko')}ms` : `${formatNumber(ms, 'en')} ms`
}
