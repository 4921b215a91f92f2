import type { Stakeholder } from '../../../stakeholders/stakeholders'
import { withJosa } from '../../josa'
import type { CompareUiReason } from '../compare-ui-reasons'
import type { Messages } from '../define'

const STAKEHOLDER: Record<Stakeholder, { name: string; question: string }> = {
  ops: { name: '운영', question: '어떤 장애가 스스로 복구되는가?' },
  business: { name: '비즈니스', question: '피크를 여유 있게 감당하는가?' },
  security: { name: '보안', question: '발견 사항이 가장 적은가(높음 우선)?' },
  finance: { name: '재무', question: '모든 가격이 알려진 계획 중 월 비용이 가장 낮은가?' },
  cto: { name: 'CTO', question: 'SLA 안에서 피크 p95가 가장 낮은가?' },
}
const SEVERITY = { high: '높음', medium: '중간', low: '낮음' } as const

/** The particle `word` takes, for a word the sentence quotes: "nope"가. */
const particle = (word: string, pair: '이/가' | '을/를') => withJosa(word, pair).slice(word.length)

/** The compare page's own words in Korean (the comparison's reasons are in compare.ts). */
export const compareUi: Messages<CompareUiReason> = {
  'compare-ui.tab-title': () => '계획 비교 — ArchDeck',
  'compare-ui.page-title': () => '계획 비교',
  'compare-ui.back-to-dashboard': () => '대시보드',
  'compare-ui.subtitle': (p) => `${p.plans}개 계획을 나란히 비교합니다. 모든 수치는 대시보드와 같은 엔진으로 계산합니다(가격 카탈로그 ${p.compiled} 기준).`,
  'compare-ui.language': () => '언어',

  'compare-ui.picker.title': () => '비교할 계획',
  'compare-ui.picker.hint': () => '2~4개를 고르세요. 프리셋은 시드별로, 대시보드에서 온 링크는 시나리오 링크로 표시됩니다.',
  'compare-ui.picker.full': () => '4개 계획을 비교 중입니다. 다른 계획을 추가하려면 하나를 제거하세요.',
  'compare-ui.picker.add': (p) => `추가: ${p.name}`,
  'compare-ui.picker.remove': (p) => `제거: ${p.name}`,
  'compare-ui.picker.min-reached': () => '비교에는 최소 2개 계획이 필요합니다',
  'compare-ui.picker.max-reached': () => '최대 4개까지 비교합니다. 먼저 하나를 제거하세요',
  'compare-ui.picker.link': (p) => `시나리오 링크 ${p.position}`,
  'compare-ui.picker.link-name': (p) => `시나리오 링크 ${p.position}: ${p.name}`,
  'compare-ui.picker.remove-link': (p) => `제거: 시나리오 링크 ${p.position} (${p.name})`,

  'compare-ui.notices.title': () => '일부 항목을 제외했습니다',
  'compare-ui.notices.unknown-preset': (p) => `프리셋 "${p.id}"${particle(p.id, '이/가')} 없어 제외했습니다.`,
  'compare-ui.notices.bad-link': (p) =>
    `${withJosa(`시나리오 링크 ${p.position}`, '을/를')} 읽을 수 없어 제외했습니다: ${p.message === null ? '올바른 시나리오가 아닙니다' : p.path === null ? p.message : `${p.path}: ${p.message}`}`,
  'compare-ui.notices.missing-snapshot': (p) =>
    `${withJosa(`시나리오 링크 ${p.position}`, '을/를')} 제외했습니다: ${p.unavailable ? '링크된 설계를 보관하는 저장소가 응답하지 않습니다. 잠시 후 다시 시도해 주세요' : '이 서버에 없는 설계를 가리킵니다'}.`,
  'compare-ui.notices.duplicate': (p) => `${withJosa(p.name, '이/가')} 두 번 지정되어 한 번만 비교합니다.`,
  'compare-ui.notices.too-many': (p) => `최대 ${p.max}개까지 비교할 수 있어 처음 ${p.max}개만 표시합니다.`,
  'compare-ui.notices.too-few': () => '비교할 계획을 2개 이상 고르세요.',

  'compare-ui.winners.title': () => '이해관계자별 승자',
  'compare-ui.winners.subtitle': () => '이해관계자마다 고를 계획과 그 근거 수치입니다. 동률은 그 질문에서 계획 간 차이가 없다는 뜻입니다.',
  'compare-ui.winners.tie': () => '동률: 모든 계획',
  'compare-ui.winners.none': () => '해당 계획 없음',
  'compare-ui.winners.cannot-tell': () => '판단 불가',
  'compare-ui.winners.winner': () => '승자',
  'compare-ui.winners.why': () => '근거',
  'compare-ui.winners.stakeholder': () => '이해관계자',
  'compare-ui.stakeholder.name': (p) => STAKEHOLDER[p.stakeholder].name,
  'compare-ui.stakeholder.question': (p) => STAKEHOLDER[p.stakeholder].question,
  'compare-ui.severity': (p) => SEVERITY[p.severity],
  'compare-ui.severity-count': (p) => `${SEVERITY[p.severity]} ${p.count}`,

  'compare-ui.cards.title': () => '계획 한눈에 보기',
  'compare-ui.cards.monthly': () => '월 비용',
  'compare-ui.cards.at-least': () => '최소',
  'compare-ui.cards.per-month': (p) => `${p.usd} 매월`,
  'compare-ui.cards.unknown-lines': (p) => `가격을 알 수 없는 항목 ${p.count}개: 하한값`,
  'compare-ui.cards.all-known': () => '모든 항목의 가격이 알려짐',
  'compare-ui.cards.budget': (p) => `예산 ${p.budget}`,
  'compare-ui.cards.within': (p) => `${p.amount} 여유`,
  'compare-ui.cards.within-so-far': (p) => `현재까지 ${p.amount} 여유`,
  'compare-ui.cards.over': (p) => `${p.amount} 초과`,
  'compare-ui.cards.band': () => '비용 범위',
  'compare-ui.cards.min': () => '최소',
  'compare-ui.cards.typical': () => '평상시',
  'compare-ui.cards.peak-month': () => '피크가 있는 달',
  'compare-ui.cards.recovery': () => '자동 복구',
  'compare-ui.cards.auto-of': (p) => `장애 ${p.total}개 중 ${p.auto}개`,
  'compare-ui.cards.mode-count': (p) => `${p.mode} ${p.count}`,
  'compare-ui.cards.p95': () => '피크 최악 p95',
  'compare-ui.cards.sla-met': () => 'SLA 충족',
  'compare-ui.cards.sla-missed': () => 'SLA 미충족',
  'compare-ui.cards.findings': () => '보안 발견 사항',
  'compare-ui.cards.wins': () => '승리',
  'compare-ui.overloaded': () => '과부하',

  'compare-ui.cost.title': () => '계획별 월 비용',
  'compare-ui.cost.subtitle': (p) =>
    `평상시 달과 피크 이벤트가 있는 달의 비용을 예산 ${p.budget}과 비교합니다. 빗금 표시는 가격을 알 수 없는 항목으로, 합계에 넣지 않으며 $0으로 표시하지 않습니다.`,
  'compare-ui.cost.typical': () => '평상시 달',
  'compare-ui.cost.peak-month': () => '피크가 있는 달',
  'compare-ui.cost.peak-label': (p) => `피크 ${p.amount}`,
  'compare-ui.cost.budget-line': (p) => `예산 ${p.budget}`,
  'compare-ui.cost.unknown': () => '가격 알 수 없음(합계 제외)',
  'compare-ui.cost.unknown-marker': (p) => `+${p.count}개 알 수 없음`,
  'compare-ui.cost.summary': (p) => `계획별 월 비용: ${p.parts}. 예산 ${p.budget}.`,

  'compare-ui.stack.title': () => '구성 요소별 비용',
  'compare-ui.stack.subtitle': () => '계획마다 비용이 어디에 쓰이는지 보여 줍니다. 빗금: 가격을 알 수 없는 항목이 있는 구성 요소.',
  'compare-ui.stack.unknown': () => '가격 알 수 없는 항목 있음',
  'compare-ui.stack.plus-unknown': () => '+ 알 수 없음',
  'compare-ui.stack.summary': (p) => `구성 요소별 비용: ${p.parts}.`,

  'compare-ui.lines.title': () => '비용 항목',
  'compare-ui.lines.subtitle': () => '청구 항목을 ID로 맞춰 나란히 보여 줍니다. “알 수 없음” = 항목은 있지만 가격을 모름, “—” = 그 계획에 없는 항목.',
  'compare-ui.lines.line': () => '항목',
  'compare-ui.lines.unknown': () => '알 수 없음',
  'compare-ui.lines.absent-label': () => '없음',
  'compare-ui.lines.total': () => '월 합계',

  'compare-ui.recovery.title': () => '장애 시나리오별 복구',
  'compare-ui.recovery.subtitle': (p) =>
    `자동 = 사람 없이 AWS가 복구, 부분 = 일부만 복구, 수동 = 사람이 조치해야 함. 시간은 RTO이며 목표는 RTO ≤ ${p.rtoMinutes}분, RPO ≤ ${p.rpoMinutes}분입니다.`,
  'compare-ui.recovery.scenario': () => '장애 시나리오',
  'compare-ui.recovery.differs': () => '계획마다 다름',
  'compare-ui.recovery.automatic': () => '자동 복구',
  'compare-ui.recovery.unbounded': () => '기약 없음',

  'compare-ui.latency.title': () => 'SLA 대비 p95',
  'compare-ui.latency.subtitle': () => '계획별로 가장 느린 서비스의 p95를 하루 중 가장 바쁜 구간과 피크 이벤트에서 보여 줍니다.',
  'compare-ui.latency.typical': () => '가장 바쁜 구간의 최악 p95',
  'compare-ui.latency.peak': () => '피크 최악 p95',
  'compare-ui.latency.axis': () => 'p95 (ms)',
  'compare-ui.latency.sla': (p) => `SLA ${p.ms}`,
  'compare-ui.latency.per-service': () => '서비스별 피크 p95',
  'compare-ui.latency.service': () => '서비스',
  'compare-ui.latency.summary': (p) => `계획별 최악 p95: ${p.parts}. SLA ${p.sla}.`,
  'compare-ui.latency.not-in-plan': () => '계획에 없음',

  'compare-ui.findings.title': () => '보안 발견 사항',
  'compare-ui.findings.subtitle': () => '심각도별 개수입니다. 계획을 펼치면 목록이 보입니다.',
  'compare-ui.findings.list': (p) => `발견 사항: ${p.name} (${p.count})`,
  'compare-ui.findings.none': () => '발견 사항 없음',
  'compare-ui.findings.summary': (p) => `계획별 보안 발견 사항: ${p.parts}.`,

  'compare-ui.diff.title': () => '계획 간 변경 사항',
  'compare-ui.diff.subtitle': () =>
    '변경 하나씩 앞 계획에 단독으로 적용해 엔진으로 평가한 결과입니다: 비용, 그리고 달라지는 장애 복구·지연 시간·발견 사항.',
  'compare-ui.diff.consecutive': () => '바로 앞 계획과 비교',
  'compare-ui.diff.against-first': () => '첫 계획과 비교',
  'compare-ui.diff.change': () => '변경',
  'compare-ui.diff.from': () => '이전',
  'compare-ui.diff.to': () => '이후',
  'compare-ui.diff.effect': () => '단독 효과',
  'compare-ui.diff.same': () => '두 계획은 같은 설계입니다.',
  'compare-ui.diff.caption': (p) => `${p.from} → ${p.to}`,
  'compare-ui.diff.fields': (p) => `${p.fields.join(', ')}${p.more ? ' …' : ''}`,
}
