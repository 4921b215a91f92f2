import type { Locale } from '../i18n/locale'
import type { RecoveryMode } from './types'

/** The parts of an AZ outage as sentences and chips name them. */
export const PART_LABELS: Record<Locale, Record<string, string>> = {
  en: { app: 'app', database: 'database', nat: 'NAT', 'load-balancer': 'load balancer' },
  ko: { app: '앱', database: '데이터베이스', nat: 'NAT', 'load-balancer': '로드 밸런서' },
}

/** Recovery modes as a technical reader says them. */
export const MODE_WORDS: Record<Locale, Record<RecoveryMode, string>> = {
  en: { auto: 'auto', partial: 'partial', manual: 'manual' },
  ko: { auto: '자동', partial: '부분', manual: '수동' },
}
