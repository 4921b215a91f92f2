import type { CostComponent } from '@/lib/cost'
import { say, type Locale } from '@/lib/i18n'
import { costComponentNames } from '@/lib/i18n/catalog/say-cost'
import { modeWords } from '@/lib/i18n/catalog/mode-words'
import { SCENARIO_IDS, scenarioTitle, type RecoveryMode, type ScenarioId } from '@/lib/recovery'
import type { Stakeholder } from '@/lib/compare'

/**
 * The compare page's words in English and Korean. A small, typed object on purpose: the app-wide
 * message catalogue lives in lib/i18n and this page only needs its own headings and labels.
 */
type CompareMessages = {
  pageTitle: string
  backToDashboard: string
  subtitle: (plans: number, catalog: string) => string
  language: string
  picker: { title: string; hint: string; add: string; remove: string; minReached: string; maxReached: string; full: string; link: (n: number) => string }
  notices: {
    title: string
    unknownPreset: (id: string) => string
    badLink: (n: number, reason: string) => string
    duplicate: (name: string) => string
    tooMany: (max: number) => string
    tooFew: string
  }
  winners: { title: string; subtitle: string; tie: string; none: string; winner: string; why: string; stakeholderColumn: string }
  stakeholders: Record<Stakeholder, { name: string; question: string }>
  cards: {
    title: string
    monthly: string
    atLeast: string
    perMonth: string
    unknownLines: (n: number) => string
    allKnown: string
    budget: string
    within: (amount: string) => string
    withinSoFar: (amount: string) => string
    over: (amount: string) => string
    band: string
    min: string
    typical: string
    peakMonth: string
    recovery: string
    autoOf: (auto: number, total: number) => string
    p95: string
    slaMet: string
    slaMissed: string
    overloaded: string
    findings: string
    wins: string
  }
  cost: {
    title: string
    subtitle: (budget: string) => string
    typical: string
    peakMonth: string
    peakShort: string
    budgetLine: (budget: string) => string
    unknown: string
    unknownMarker: (n: number) => string
    summary: (parts: string, budget: string) => string
  }
  stack: { title: string; subtitle: string; unknown: string; summary: (parts: string) => string }
  lines: { title: string; subtitle: string; line: string; unknown: string; absent: string; total: string }
  recovery: { title: string; subtitle: (rto: number, rpo: number) => string; scenario: string; differs: string; automatic: string; unbounded: string }
  latency: { title: string; subtitle: string; typical: string; peak: string; sla: (ms: string) => string; perService: string; service: string; summary: (parts: string, sla: string) => string; notInPlan: string }
  findings: { title: string; subtitle: string; list: string; none: string; summary: (parts: string) => string }
  diff: {
    title: string
    subtitle: string
    consecutive: string
    againstFirst: string
    change: string
    from: string
    to: string
    effect: string
    same: string
    settings: string
    caption: (from: string, to: string) => string
  }
  modes: Record<RecoveryMode, string>
  severities: Record<'high' | 'medium' | 'low', string>
  scenarios: Record<ScenarioId, string>
  components: Record<CostComponent, string>
}


/** The eight scenario titles in one language, from the recovery catalog. */
function scenarioTitles(locale: Locale): Record<ScenarioId, string> {
  return Object.fromEntries(SCENARIO_IDS.map((id) => [id, say(locale, scenarioTitle(id))])) as Record<ScenarioId, string>
}
const en: CompareMessages = {
  pageTitle: 'Compare plans',
  backToDashboard: 'Dashboard',
  subtitle: (plans, catalog) => `${plans} plans side by side, every figure from the same engines as the dashboard (price catalog compiled ${catalog}).`,
  language: 'Language',
  picker: {
    title: 'Plans in this comparison',
    hint: 'Pick two to four. Presets are listed by seed; links from the dashboard come in as scenario links.',
    add: 'Add',
    remove: 'Remove',
    minReached: 'At least two plans stay in the comparison',
    maxReached: 'Four plans at most: remove one first',
    full: 'Four plans are in the comparison: remove one to add another.',
    link: (n) => `Scenario link ${n}`,
  },
  notices: {
    title: 'Some entries were left out',
    unknownPreset: (id) => `There is no preset "${id}"; it was left out.`,
    badLink: (n, reason) => `Scenario link ${n} was left out: ${reason}.`,
    duplicate: (name) => `${name} was listed twice; it is compared once.`,
    tooMany: (max) => `At most ${max} plans can be compared; the first ${max} are shown.`,
    tooFew: 'Pick at least two plans to compare.',
  },
  winners: {
    title: 'Who wins what',
    subtitle: 'Each stakeholder’s pick, with the figures that decide it. A tie means the plans do not differ on that question.',
    tie: 'Tie: all plans',
    none: 'No plan qualifies',
    winner: 'Winner',
    why: 'Why',
    stakeholderColumn: 'Stakeholder',
  },
  stakeholders: {
    ops: { name: 'Ops', question: 'Which failures recover by themselves?' },
    business: { name: 'Business', question: 'Is the peak carried, with room to spare?' },
    security: { name: 'Security', question: 'Fewest findings, high first?' },
    finance: { name: 'Finance', question: 'Lowest fully priced monthly cost?' },
    cto: { name: 'CTO', question: 'Lowest p95 at the peak within the SLA?' },
  },
  cards: {
    title: 'The plans at a glance',
    monthly: 'Monthly cost',
    atLeast: 'at least',
    perMonth: 'a month',
    unknownLines: (n) => `${n} price${n === 1 ? '' : 's'} unknown: a lower bound`,
    allKnown: 'Every price known',
    budget: 'Budget',
    within: (amount) => `within by ${amount}`,
    withinSoFar: (amount) => `within so far, by ${amount}`,
    over: (amount) => `over by ${amount}`,
    band: 'Band',
    min: 'Minimum',
    typical: 'Typical',
    peakMonth: 'Peak month',
    recovery: 'Automatic recovery',
    autoOf: (auto, total) => `${auto} of ${total} failures`,
    p95: 'Worst p95 at peak',
    slaMet: 'SLA met',
    slaMissed: 'SLA missed',
    overloaded: 'overloaded',
    findings: 'Security findings',
    wins: 'Wins for',
  },
  cost: {
    title: 'Monthly cost per plan',
    subtitle: (budget) => `The typical month and the month with the peak event, against the budget of ${budget}. A hatched cap marks lines without a known price: they are not counted, never shown as $0.`,
    typical: 'Typical month',
    peakMonth: 'Month with the peak',
    peakShort: 'peak',
    budgetLine: (budget) => `Budget ${budget}`,
    unknown: 'Unknown price (not counted)',
    unknownMarker: (n) => `+${n} unknown`,
    summary: (parts, budget) => `Monthly cost per plan: ${parts}. Budget ${budget}.`,
  },
  stack: {
    title: 'Cost by component',
    subtitle: 'Where each plan’s money goes. Hatched: components with a line whose price is unknown.',
    unknown: 'Has unknown prices',
    summary: (parts) => `Cost by component: ${parts}.`,
  },
  lines: {
    title: 'Cost lines',
    subtitle: 'Every billed line, aligned by id. “unknown” = the plan has the line but its price is not known; “—” = the plan does not have it.',
    line: 'Line',
    unknown: 'unknown',
    absent: '—',
    total: 'Total a month',
  },
  recovery: {
    title: 'Recovery per failure scenario',
    subtitle: (rto, rpo) => `auto = AWS recovers without a person; partial = some of it; manual = someone must act. Times are RTO; the objective is RTO ≤ ${rto} min, RPO ≤ ${rpo} min.`,
    scenario: 'Failure scenario',
    differs: 'plans differ',
    automatic: 'Recovered automatically',
    unbounded: 'unbounded',
  },
  latency: {
    title: 'p95 against the SLA',
    subtitle: 'The slowest service of each plan, at the busiest daily band and at the peak event.',
    typical: 'Worst p95, busiest daily band',
    peak: 'Worst p95 at the peak',
    sla: (ms) => `SLA ${ms}`,
    perService: 'p95 at the peak per service',
    service: 'Service',
    summary: (parts, sla) => `Worst p95 per plan: ${parts}. SLA ${sla}.`,
    notInPlan: 'not in plan',
  },
  findings: {
    title: 'Security findings',
    subtitle: 'Counted by severity; open a plan for the list.',
    list: 'Findings',
    none: 'No findings',
    summary: (parts) => `Security findings per plan: ${parts}.`,
  },
  diff: {
    title: 'What changes between plans',
    subtitle: 'Each change is applied alone to the earlier plan and evaluated by the engines: its cost, and the failures, latency and findings it moves.',
    consecutive: 'Each plan against the one before',
    againstFirst: 'Each plan against the first',
    change: 'Change',
    from: 'From',
    to: 'To',
    effect: 'Effect on its own',
    same: 'The two plans are the same design.',
    settings: 'settings',
    caption: (from, to) => `${from} → ${to}`,
  },
  modes: modeWords('en'),
  severities: { high: 'high', medium: 'medium', low: 'low' },
  scenarios: scenarioTitles('en'),
  components: costComponentNames('en'),
}

const ko: CompareMessages = {
  pageTitle: '계획 비교',
  backToDashboard: '대시보드',
  subtitle: (plans, catalog) => `${plans}개 계획을 나란히 비교합니다. 모든 수치는 대시보드와 같은 엔진으로 계산합니다(가격 카탈로그 ${catalog} 기준).`,
  language: '언어',
  picker: {
    title: '비교할 계획',
    hint: '2~4개를 고르세요. 프리셋은 시드별로, 대시보드에서 온 링크는 시나리오 링크로 표시됩니다.',
    add: '추가',
    remove: '제거',
    minReached: '비교에는 최소 2개 계획이 필요합니다',
    maxReached: '최대 4개까지 비교합니다. 먼저 하나를 제거하세요',
    full: '4개 계획을 비교 중입니다. 다른 계획을 추가하려면 하나를 제거하세요.',
    link: (n) => `시나리오 링크 ${n}`,
  },
  notices: {
    title: '일부 항목을 제외했습니다',
    unknownPreset: (id) => `프리셋 "${id}"이(가) 없어 제외했습니다.`,
    badLink: (n, reason) => `시나리오 링크 ${n}을(를) 읽을 수 없어 제외했습니다: ${reason}`,
    duplicate: (name) => `${name}이(가) 두 번 지정되어 한 번만 비교합니다.`,
    tooMany: (max) => `최대 ${max}개까지 비교할 수 있어 처음 ${max}개만 표시합니다.`,
    tooFew: '비교할 계획을 2개 이상 고르세요.',
  },
  winners: {
    title: '이해관계자별 승자',
    subtitle: '이해관계자마다 고를 계획과 그 근거 수치입니다. 동률은 그 질문에서 계획 간 차이가 없다는 뜻입니다.',
    tie: '동률: 모든 계획',
    none: '해당 계획 없음',
    winner: '승자',
    why: '근거',
    stakeholderColumn: '이해관계자',
  },
  stakeholders: {
    ops: { name: '운영', question: '어떤 장애가 스스로 복구되는가?' },
    business: { name: '비즈니스', question: '피크를 여유 있게 감당하는가?' },
    security: { name: '보안', question: '발견 사항이 가장 적은가(높음 우선)?' },
    finance: { name: '재무', question: '모든 가격이 알려진 계획 중 월 비용이 가장 낮은가?' },
    cto: { name: 'CTO', question: 'SLA 안에서 피크 p95가 가장 낮은가?' },
  },
  cards: {
    title: '계획 한눈에 보기',
    monthly: '월 비용',
    atLeast: '최소',
    perMonth: '매월',
    unknownLines: (n) => `가격을 알 수 없는 항목 ${n}개: 하한값`,
    allKnown: '모든 항목의 가격이 알려짐',
    budget: '예산',
    within: (amount) => `${amount} 여유`,
    withinSoFar: (amount) => `현재까지 ${amount} 여유`,
    over: (amount) => `${amount} 초과`,
    band: '비용 범위',
    min: '최소',
    typical: '평상시',
    peakMonth: '피크가 있는 달',
    recovery: '자동 복구',
    autoOf: (auto, total) => `장애 ${total}개 중 ${auto}개`,
    p95: '피크 최악 p95',
    slaMet: 'SLA 충족',
    slaMissed: 'SLA 미충족',
    overloaded: '과부하',
    findings: '보안 발견 사항',
    wins: '승리',
  },
  cost: {
    title: '계획별 월 비용',
    subtitle: (budget) => `평상시 달과 피크 이벤트가 있는 달의 비용을 예산 ${budget}과 비교합니다. 빗금 표시는 가격을 알 수 없는 항목으로, 합계에 넣지 않으며 $0으로 표시하지 않습니다.`,
    typical: '평상시 달',
    peakMonth: '피크가 있는 달',
    peakShort: '피크',
    budgetLine: (budget) => `예산 ${budget}`,
    unknown: '가격 알 수 없음(합계 제외)',
    unknownMarker: (n) => `+${n}개 알 수 없음`,
    summary: (parts, budget) => `계획별 월 비용: ${parts}. 예산 ${budget}.`,
  },
  stack: {
    title: '구성 요소별 비용',
    subtitle: '계획마다 비용이 어디에 쓰이는지 보여 줍니다. 빗금: 가격을 알 수 없는 항목이 있는 구성 요소.',
    unknown: '가격 알 수 없는 항목 있음',
    summary: (parts) => `구성 요소별 비용: ${parts}.`,
  },
  lines: {
    title: '비용 항목',
    subtitle: '청구 항목을 id로 맞춰 나란히 보여 줍니다. “알 수 없음” = 항목은 있지만 가격을 모름, “—” = 그 계획에 없는 항목.',
    line: '항목',
    unknown: '알 수 없음',
    absent: '—',
    total: '월 합계',
  },
  recovery: {
    title: '장애 시나리오별 복구',
    subtitle: (rto, rpo) => `자동 = 사람 없이 AWS가 복구, 부분 = 일부만 복구, 수동 = 사람이 조치해야 함. 시간은 RTO이며 목표는 RTO ≤ ${rto}분, RPO ≤ ${rpo}분입니다.`,
    scenario: '장애 시나리오',
    differs: '계획마다 다름',
    automatic: '자동 복구',
    unbounded: '무제한',
  },
  latency: {
    title: 'SLA 대비 p95',
    subtitle: '계획별로 가장 느린 서비스의 p95를 하루 중 가장 바쁜 구간과 피크 이벤트에서 보여 줍니다.',
    typical: '가장 바쁜 구간의 최악 p95',
    peak: '피크 최악 p95',
    sla: (ms) => `SLA ${ms}`,
    perService: '서비스별 피크 p95',
    service: '서비스',
    summary: (parts, sla) => `계획별 최악 p95: ${parts}. SLA ${sla}.`,
    notInPlan: '계획에 없음',
  },
  findings: {
    title: '보안 발견 사항',
    subtitle: '심각도별 개수입니다. 계획을 펼치면 목록이 보입니다.',
    list: '발견 사항',
    none: '발견 사항 없음',
    summary: (parts) => `계획별 보안 발견 사항: ${parts}.`,
  },
  diff: {
    title: '계획 간 변경 사항',
    subtitle: '변경 하나씩 앞 계획에 단독으로 적용해 엔진으로 평가한 결과입니다: 비용, 그리고 달라지는 장애 복구·지연 시간·발견 사항.',
    consecutive: '바로 앞 계획과 비교',
    againstFirst: '첫 계획과 비교',
    change: '변경',
    from: '이전',
    to: '이후',
    effect: '단독 효과',
    same: '두 계획은 같은 설계입니다.',
    settings: '설정',
    caption: (from, to) => `${from} → ${to}`,
  },
  modes: modeWords('ko'),
  severities: { high: '높음', medium: '중간', low: '낮음' },
  scenarios: scenarioTitles('ko'),
  components: costComponentNames('ko'),
}

const COMPARE_MESSAGES: Record<Locale, CompareMessages> = { en, ko }

export function compareMessages(locale: Locale): CompareMessages {
  return COMPARE_MESSAGES[locale]
}
