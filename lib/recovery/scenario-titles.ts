import type { Locale } from '../i18n/locale'
import type { ScenarioId } from './types'

/** What each scenario is called on screen, in the words an on-call engineer uses. */
export const SCENARIO_TITLES_BY_LOCALE: Record<Locale, Record<ScenarioId, string>> = {
  en: {
    'task-crash': 'App crash / OOM',
    'host-failure': 'Host failure',
    'db-unresponsive': 'Database unresponsive',
    'az-outage': 'Availability zone outage',
    'bad-deploy': 'Bad deploy (crash loop)',
    'db-disk-full': 'Database disk full',
    'nat-loss': 'NAT gateway lost',
    'region-outage': 'Region outage',
  },
  ko: {
    'task-crash': '앱 크래시 / OOM',
    'host-failure': '호스트 장애',
    'db-unresponsive': '데이터베이스 무응답',
    'az-outage': '가용 영역 장애',
    'bad-deploy': '잘못된 배포(크래시 루프)',
    'db-disk-full': '데이터베이스 디스크 가득 참',
    'nat-loss': 'NAT 게이트웨이 손실',
    'region-outage': '리전 장애',
  },
}

export const SCENARIO_TITLES = SCENARIO_TITLES_BY_LOCALE.en
