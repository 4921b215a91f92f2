import type { CostComponent } from '../../../cost'

/**
 * 비용 묶음의 쉬운 이름: 이야기(narrative)와 발표(present)가 함께 씁니다. 한국어는 문장 속에서도
 * 단독으로도 같은 말이라 하나로 둡니다(영어는 "the app servers"와 "App servers"로 다릅니다).
 */
export const COST_GROUP: Record<CostComponent, string> = {
  compute: '앱 서버',
  database: '데이터베이스',
  cache: '캐시',
  network: '네트워크(NAT)',
  'load-balancer': '로드밸런서',
  'admin-access': '관리용 서버',
  edge: 'CDN·웹 방화벽',
  monitoring: '모니터링',
  'data-transfer': '데이터 전송',
}
