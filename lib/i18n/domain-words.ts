import type { CostComponent } from '../cost/cost-line'
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

/** Where a unit price comes from (lib/pricing), as the finance view and the price list name it. */
export type PriceBasis = 'published' | 'derived' | 'seed-stated' | 'unknown'
export const PRICE_BASIS_LABELS: Record<Locale, Record<PriceBasis, string>> = {
  en: { published: 'published', derived: 'derived', 'seed-stated': 'seed-stated', unknown: 'unknown' },
  ko: { published: '공개 단가', derived: '산출값', 'seed-stated': '시드 명시', unknown: '알 수 없음' },
}

