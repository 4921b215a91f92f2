import type { Locale } from '../i18n'
import type { CostComponent } from '../cost'
import type { RecoveryMode, ScenarioId } from '../recovery'
import type { Severity } from '../security'
import type { SectionId, Verdict } from './types'

/**
 * The words a non-technical reader understands, in both languages. An AZ is a "data centre",
 * Multi-AZ is "a standby copy", a NAT gateway is "the servers' outbound internet connection".
 */
type Words<K extends string> = Record<Locale, Record<K, string>>

export const SECTION_TITLE: Words<SectionId> = {
  en: { summary: 'Summary', ops: 'Operations', business: 'Business', security: 'Security', finance: 'Finance', cto: 'CTO' },
  ko: { summary: '요약', ops: '운영', business: '비즈니스', security: '보안', finance: '재무', cto: 'CTO' },
}

export const VERDICT_WORD: Words<Verdict> = {
  en: { good: 'OK', warn: 'Watch', bad: 'Needs action' },
  ko: { good: '양호', warn: '주의', bad: '조치 필요' },
}

/** What each stakeholder's verdict is about, for the summary's "needs a decision on …". */
export const SECTION_TOPIC: Words<Exclude<SectionId, 'summary'>> = {
  en: { ops: 'failure recovery', business: 'peak traffic', security: 'security', finance: 'the budget', cto: 'speed' },
  ko: { ops: '장애 복구', business: '피크 트래픽', security: '보안', finance: '예산', cto: '응답 속도' },
}

/** Short titles for tables and slides. */
export const SCENARIO_TITLE: Words<ScenarioId> = {
  en: {
    'task-crash': 'App crash',
    'host-failure': 'Server hardware fails',
    'db-unresponsive': 'Database stops responding',
    'az-outage': 'One data centre fails',
    'bad-deploy': 'Faulty release',
    'db-disk-full': 'Database disk full',
    'nat-loss': 'Outbound internet link lost',
    'region-outage': 'Whole AWS region fails',
  },
  ko: {
    'task-crash': '앱 비정상 종료',
    'host-failure': '서버 하드웨어 고장',
    'db-unresponsive': '데이터베이스 응답 없음',
    'az-outage': '데이터센터 한 곳 장애',
    'bad-deploy': '잘못된 배포',
    'db-disk-full': '데이터베이스 디스크 가득 참',
    'nat-loss': '외부 인터넷 연결(NAT) 장애',
    'region-outage': 'AWS 리전 전체 장애',
  },
}

/** The same failures inside a sentence: "These fix themselves: an app crash and a failed server." */
export const SCENARIO_PHRASE: Words<ScenarioId> = {
  en: {
    'task-crash': 'an app crash',
    'host-failure': 'a failed server',
    'db-unresponsive': 'a database that stops responding',
    'az-outage': 'the loss of a data centre',
    'bad-deploy': 'a faulty release',
    'db-disk-full': 'a full database disk',
    'nat-loss': "the loss of the servers' outbound internet link",
    'region-outage': 'the loss of a whole AWS region',
  },
  ko: SCENARIO_TITLE.ko,
}

export const MODE_WORD: Words<RecoveryMode> = {
  en: { auto: 'automatic', partial: 'partly automatic', manual: 'needs a person' },
  ko: { auto: '자동', partial: '일부 자동', manual: '사람이 복구' },
}

/** The parts of the system a data-centre outage hits, as the recovery engine names them. */
export const PART_NAME: Words<'app' | 'database' | 'nat' | 'load-balancer'> = {
  en: { app: 'the app', database: 'the database', nat: "the servers' outbound internet link", 'load-balancer': 'the load balancer' },
  ko: { app: '앱', database: '데이터베이스', nat: '외부 인터넷 연결(NAT)', 'load-balancer': '로드밸런서' },
}

export const COST_GROUP_NAME: Words<CostComponent> = {
  en: {
    compute: 'the app servers',
    database: 'the database',
    cache: 'the cache',
    network: 'the outbound internet link',
    'load-balancer': 'the load balancer',
    'admin-access': 'the admin server',
    edge: 'the CDN and web firewall',
    monitoring: 'monitoring',
    'data-transfer': 'data sent to users',
  },
  ko: {
    compute: '앱 서버',
    database: '데이터베이스',
    cache: '캐시',
    network: '네트워크(NAT)',
    'load-balancer': '로드밸런서',
    'admin-access': '관리용 서버',
    edge: 'CDN·웹 방화벽',
    monitoring: '모니터링',
    'data-transfer': '데이터 전송',
  },
}

export const REGION_NAME: Record<Locale, Record<string, string>> = {
  en: { 'us-east-1': 'US East (N. Virginia)', 'ap-northeast-2': 'Asia Pacific (Seoul)' },
  ko: { 'us-east-1': '미국 동부(버지니아 북부)', 'ap-northeast-2': '아시아 태평양(서울)' },
}

/** Seed 000's seven layers of defense, by the engine's keys. */
export const LAYER_NAME: Record<Locale, Record<string, string>> = {
  en: {
    'vpc-isolation': 'a private network',
    'subnet-tiers': 'separate zones for web, app and data',
    'route-tables': 'no internet route to the data zone',
    'security-groups': 'tight firewall rules',
    'admin-access': 'controlled admin access',
    'db-least-privilege': 'limited database rights for the app',
    'logging-audit': 'logging and audit',
  },
  ko: {
    'vpc-isolation': '사설 네트워크 격리',
    'subnet-tiers': '웹·앱·데이터 구역 분리',
    'route-tables': '데이터 구역의 인터넷 경로 차단',
    'security-groups': '최소 허용 방화벽 규칙',
    'admin-access': '통제된 관리자 접속',
    'db-least-privilege': '앱 계정의 DB 권한 최소화',
    'logging-audit': '로그와 감사 기록',
  },
}

export const SEVERITY_WORD: Words<Severity> = {
  en: { high: 'serious', medium: 'moderate', low: 'minor' },
  ko: { high: '심각', medium: '보통', low: '경미' },
}
