import type { CostComponent } from '../cost/cost-line'
import type { ScenarioId } from '../recovery/types'
import { SCENARIO_TITLES } from '../recovery/scenario-titles'
import type { Locale } from './locale'

/** Bill components as every view names them, in both languages. */
export const COST_COMPONENT_LABELS: Record<Locale, Record<CostComponent, string>> = {
  en: {
    compute: 'Compute',
    database: 'Database',
    cache: 'Cache',
    network: 'Networking',
    'load-balancer': 'Load balancers',
    'admin-access': 'Admin access',
    edge: 'Edge and DNS',
    monitoring: 'Monitoring',
    'data-transfer': 'Data transfer',
  },
  ko: {
    compute: '컴퓨팅',
    database: '데이터베이스',
    cache: '캐시',
    network: '네트워킹',
    'load-balancer': '로드 밸런서',
    'admin-access': '관리자 접속',
    edge: '엣지와 DNS',
    monitoring: '모니터링',
    'data-transfer': '데이터 전송',
  },
}

/** Failure scenario titles; English is the recovery engine's own. */
export const SCENARIO_TITLES_BY_LOCALE: Record<Locale, Record<ScenarioId, string>> = {
  en: SCENARIO_TITLES,
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
