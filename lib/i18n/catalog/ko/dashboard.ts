import type { DashboardReason } from '../dashboard-reasons'
import type { Messages } from '../define'

/** The dashboard page's title and description in Korean. */
export const dashboard: Messages<DashboardReason> = {
  'dashboard.title': () => 'ArchDeck — 아키텍처 의사결정 대시보드',
  'dashboard.description': () => 'AWS 아키텍처의 비용, 복구, 지연 시간, 보안을 모든 이해관계자에게 한 번에 보여 줍니다.',
}
