import type { CostComponent } from '../../../cost'
import type { RecoveryMode } from '../../../recovery/scenario-ids'
import { formatDuration, formatMs, formatNumber, formatWon } from '../../format'
import type { Messages } from '../define'
import { COST_GROUP as PLAIN_COST_GROUP } from './cost-groups'
import type { PresentNoticeKind, PresentReason } from '../present-reasons'

const MODE: Record<RecoveryMode, string> = { auto: '자동 복구', partial: '일부 자동', manual: '사람이 복구' }

const COST_GROUP: Record<CostComponent | 'other', string> = { ...PLAIN_COST_GROUP, other: '기타' }

const NOTICE: Record<PresentNoticeKind, { title: string; body: string }> = {
  'broken-link': { title: '발표 링크가 올바르지 않습니다', body: '링크에 담긴 구성을 읽을 수 없어 발표할 내용이 없습니다.' },
  'over-limits': {
    title: '이 링크는 ArchDeck이 평가하는 범위를 넘습니다',
    body: '이 서버를 쓰는 모두에게 평가가 빠르도록 설계의 모든 수치에 한도가 있습니다. 링크를 평가하지 않았습니다.',
  },
  'unknown-preset': { title: '없는 프리셋입니다', body: '링크에 적힌 프리셋을 ArchDeck이 알지 못합니다.' },
  'share-not-found': { title: '존재하지 않거나 삭제된 공유 링크입니다', body: '링크를 보낸 분께 공유하려던 버전의 새 링크를 요청해 주세요.' },
  'share-unavailable': { title: '지금은 공유된 버전을 보여 드릴 수 없습니다', body: '워크스페이스 저장소가 응답하지 않습니다. 잠시 후 다시 시도해 주세요.' },
  'snapshot-not-found': { title: '이 서버에 없는 설계를 가리키는 발표 링크입니다', body: '링크가 가리키는 설계 사본이 여기에 없습니다. 링크를 보낸 사람에게 발표를 다시 열어 새 링크를 보내 달라고 요청하세요.' },
  'snapshot-unavailable': { title: '지금은 이 설계를 보여 드릴 수 없습니다', body: '링크된 설계를 보관하는 저장소가 응답하지 않습니다. 잠시 후 다시 시도해 주세요.' },
}

const VERDICT = { good: '양호', warn: '지켜볼 점', bad: '결정 필요' } as const

const slideOf = (position: number, count: number) => `전체 ${count}장 중 ${position}번째 슬라이드`

/** The deck's own words in Korean. */
export const present: Messages<PresentReason> = {
  'present.deck': () => '발표',
  'present.next': () => '다음 슬라이드',
  'present.previous': () => '이전 슬라이드',
  'present.exit': () => '나가기',
  'present.exit-key': () => 'Esc',
  'present.download': () => '보고서 내려받기(Markdown)',
  'present.print': () => '인쇄 / PDF',
  'present.offer-language': () => '한국어로 보기',
  'present.offer-language-label': () => '한국어로 보기',
  'present.read-only': () => '읽기 전용 공유 버전',
  'present.open-dashboard': () => '대시보드에서 열기',
  'present.keys': () => '← → 또는 스페이스로 이동 · Esc로 나가기',
  'present.slide-of': (p) => slideOf(p.position, p.count),
  'present.slide-label': (p) => `${p.title}: ${slideOf(p.position, p.count)}`,
  'present.go-to': (p) => `${p.position}번 슬라이드로 이동: ${p.title}`,
  'present.print-header': (p) => `ArchDeck · ${p.title}`,
  'present.verdict-legend': (p) => VERDICT[p.verdict],

  'present.normal-day': () => '평소 가장 바쁜 시간',
  'present.business.busiest': (p) => `가장 바쁜 서비스: ${p.name}`,
  'present.business.each-service': () => '서비스마다',
  'present.business.rps': (p) => `초당 ${formatNumber(p.rps, 'ko', 1)}건`,
  'present.business.servers': (p) => `서버 ${formatNumber(p.count, 'ko')}대`,
  'present.business.limit': (p) => `최대 ${formatNumber(p.count, 'ko')}대`,
  'present.cto.caption': () => '요청 100건 중 95건의 응답 시간',
  'present.cto.p95': (p) => formatMs(p.ms, 'ko'),
  'present.cto.target': (p) => `목표 ${formatMs(p.ms, 'ko')}`,
  'present.cto.network': (p) => `네트워크 ${formatMs(p.ms, 'ko')}`,

  'present.ops.mode': (p) => MODE[p.mode],
  'present.ops.tile': (p) => `${MODE[p.mode]} · ${p.rtoMinutes === null ? '기약 없음' : `약 ${formatDuration(p.rtoMinutes, 'ko')}`}`,

  'present.finance.picture': (p) => `월 비용 ${formatWon(p.monthlyKrw, 'ko')}, 예산 ${formatWon(p.budgetKrw, 'ko')}`,
  'present.finance.monthly-cost': () => '월 비용',
  'present.finance.budget': () => '예산',
  'present.finance.peak-month': (p) => `${p.name} 기간이 있는 달`,
  'present.finance.over': (p) => `예산 ${formatWon(p.krw, 'ko')} 초과`,
  'present.finance.under': (p) => `예산보다 ${formatWon(p.krw, 'ko')} 적음`,
  'present.finance.group': (p) => COST_GROUP[p.component],

  'present.security.picture': (p) => `${p.path.join(' → ')}: ${p.verdict}`,
  'present.security.internet': () => '인터넷',
  'present.security.cdn': () => 'CDN',
  'present.security.load-balancer': () => '로드밸런서',
  'present.security.app': () => '앱',
  'present.security.app-services': (p) => `서비스 ${formatNumber(p.count, 'ko')}개`,
  'present.security.database': () => '데이터베이스',
  'present.security.standby': () => '대기 복제본 있음',
  'present.security.no-standby': () => '대기 복제본 없음',
  'present.security.public-zone': () => '공개 구역',
  'present.security.app-zone': () => '앱 구역',
  'present.security.data-zone': () => '데이터 구역',
  'present.security.no-internet-route': () => '인터넷 경로 없음',
  'present.security.web-traffic': (p) => `웹 요청(${p.ports.join(', ')})`,
  'present.security.reachable': () => '인터넷에 노출됨',
  'present.security.not-reachable': () => '인터넷에서 접근 불가',

  'present.notice.title': (p) => NOTICE[p.kind].title,
  'present.notice.body': (p) => NOTICE[p.kind].body,
  'present.notice.details': () => '문제가 된 부분',
  'present.notice.back': () => '대시보드로 돌아가기',
  'present.page-title': (p) => (p.name === null ? 'ArchDeck 발표' : `${p.name} — ArchDeck 발표`),
}
