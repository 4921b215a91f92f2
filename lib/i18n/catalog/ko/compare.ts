import type { ChangeEffect, CompareReason, FieldId, LineLabel, SectionPath, ServiceFieldId, SgRuleFacts } from '../../../compare/compare-reasons'
import { PURCHASE_WORDS as PURCHASE } from './purchase-words'
import type { RecoveryMode } from '../../../recovery/scenario-ids'
import { formatKrw, formatNumber, formatUsd } from '../../format'
import { joinList } from '../../join-list'
import type { Messages } from '../define'
import { sayCost } from '../say-cost'
import { recovery } from './recovery'

const FIELD: Record<FieldId, string> = {
  region: '리전',
  azCount: '가용 영역 수',
  nat: 'NAT',
  flowLogs: 'VPC 흐름 로그',
  vpcEndpoints: 'VPC 엔드포인트',
  loadBalancers: '로드 밸런서',
  dbEngine: '데이터베이스 엔진',
  dbClass: '데이터베이스 클래스',
  dbMultiAz: '데이터베이스 Multi-AZ',
  dbReplicas: '읽기 복제본',
  dbStorage: '데이터베이스 스토리지',
  dbStorageAutoscaling: '데이터베이스 스토리지 자동 확장',
  dbPurchase: '데이터베이스 구매 옵션',
  dbBackups: '데이터베이스 백업 보존',
  dbInsights: 'Database Insights',
  dbEncrypted: '데이터베이스 암호화',
  dbPublic: '데이터베이스 공개 접근',
  dbLeastPrivilege: '앱 DB 사용자 최소 권한',
  cache: '캐시',
  cacheNodeType: '캐시 노드 유형',
  cacheNodes: '캐시 노드 수',
  cachePurchase: '캐시 구매 옵션',
  bastion: '배스천',
  bastionPurchase: '배스천 구매 옵션',
  ssm: 'Session Manager(SSM)',
  cloudfront: 'CloudFront',
  waf: 'WAF',
  containerInsights: 'Container Insights',
  logs: '로그 수집량',
  logRetention: '로그 보존 기간',
  drMode: '재해 복구',
  crossRegionBackups: '리전 간 백업',
  publicIpv4: '퍼블릭 IPv4 과금',
  budget: '월 예산',
  exchangeRate: '환율',
  peakRps: '피크 트래픽',
  peakHours: '피크 지속 시간',
  sla: 'SLA p95',
  rto: 'RTO 목표',
  rpo: 'RPO 목표',
}

/** A service setting changed alike in every service ("서비스당 태스크 수"), and in one ("{service}: 태스크 수"). */
const SERVICES_FIELD: Record<ServiceFieldId, string> = {
  tasks: '서비스당 태스크 수',
  compute: '컴퓨팅',
  fargateSize: 'Fargate 태스크 크기',
  instanceType: '인스턴스 유형',
  computePurchase: '컴퓨팅 구매 옵션',
  scaling: '오토스케일링',
  autoRollback: '배포 자동 롤백',
}
const SERVICE_FIELD: Record<ServiceFieldId, string> = {
  tasks: '태스크 수',
  compute: '컴퓨팅',
  fargateSize: 'Fargate 태스크 크기',
  instanceType: '인스턴스 유형',
  computePurchase: '구매 옵션',
  scaling: '오토스케일링',
  autoRollback: '배포 자동 롤백',
}

const SECTION: Record<SectionPath, string> = {
  'config.region': '리전',
  'config.network': '네트워크',
  'config.securityGroups': '보안 그룹',
  'config.loadBalancers': '로드 밸런서 설정',
  'config.database': '데이터베이스 설정',
  'config.cache': '캐시 설정',
  'config.adminAccess': '관리자 접근',
  'config.edge': '엣지와 DNS',
  'config.monitoring': '모니터링',
  'config.disasterRecovery': '재해 복구',
  'config.billing': '과금 가정',
  'config.pricing': '직접 정한 단가',
  'requirements.budget': '예산',
  'requirements.traffic': '트래픽 프로필',
  'requirements.sla': 'SLA',
  'requirements.recovery': '복구 목표',
  'requirements.securityPolicy': '보안 정책',
}

const NAT = { none: '없음', single: 'NAT 게이트웨이 1개 공유', 'per-az': 'AZ마다 NAT 게이트웨이', instance: 'NAT 인스턴스' } as const
const DR = { none: '없음', 'backup-restore': '백업·복원', 'pilot-light': '파일럿 라이트', 'warm-standby': '웜 스탠바이' } as const
const INSIGHTS = { off: '끔', standard: '표준', advanced: '고급' } as const
const METRIC = { cpu: 'CPU %', memory: '메모리 %', 'requests-per-target': '대상당 요청 수', 'queue-length': '큐 길이' } as const
const SEVERITY = { high: '높음', medium: '중간', low: '낮음' } as const

const onOff = (on: boolean) => (on ? '켬' : '끔')
const ruleTraffic = (r: SgRuleFacts) => (r.protocol === 'all' ? '모든 트래픽' : `${r.protocol.toUpperCase()} ${r.fromPort === r.toPort ? r.fromPort : `${r.fromPort}–${r.toPort}`}`)
const rulePeer = ({ peer }: SgRuleFacts) => (peer.kind === 'sg' ? peer.name : peer.kind === 'cidr' ? (peer.label ? `${peer.label} (${peer.cidr})` : peer.cidr) : 'CloudFront 오리진 대면 서버')
const mode = (m: RecoveryMode) => recovery[`recovery.mode.${m}`]({})
const perMonth = (usd: number) => `${formatUsd(usd, 'ko')}/월`
/** "가격 미상 항목 2개(A; B)": what an incomplete total lacks. */
const unknownLines = (plan: { unknownCount: number; unknownLines: readonly LineLabel[] }) =>
  `가격 미상 항목 ${plan.unknownCount}개(${plan.unknownLines.map((l) => sayCost('ko', l)).join('; ')})`
/** U+2212 for minus, so columns of deltas line up (as in the finance view). */
const signedPerMonth = (usd: number) => `${usd > 0 ? '+' : usd < 0 ? '−' : ''}${perMonth(Math.abs(usd))}`
const ms = (value: number | null) => (value === null ? '과부하' : `${formatNumber(Math.round(value), 'ko')} ms`)
const size = (p: { vcpu: number; memoryGb: number; arm: boolean; diskGb: number | null }) =>
  `${p.vcpu} vCPU / ${p.memoryGb} GB${p.arm ? ' arm' : ''}${p.diskGb === null ? '' : `, 디스크 ${p.diskGb} GB`}`
const names = (list: readonly string[]) => joinList(list, 'ko')
const tally = (c: { high: number; medium: number; low: number }) => `높음 ${c.high}, 중간 ${c.medium}, 낮음 ${c.low}`
const percent = (value: number | null) => (value === null ? '∞' : `${value} %`)
const peak = (p: { peakName: string; peakRps: number }) => `${p.peakName} (${formatNumber(p.peakRps, 'ko')} req/s)`

/** "(나머지: 3/8)" when the rest agree, else each with its name. */
function others<T extends { name: string }>(rest: readonly T[], figure: (item: T) => string): string {
  if (rest.length === 0) return ''
  const figures = rest.map(figure)
  if (figures.every((f) => f === figures[0])) return ` (나머지: ${figures[0]})`
  return ` (나머지: ${rest.map((r, i) => `${r.name} ${figures[i]}`).join(', ')})`
}

const effects: Messages<ChangeEffect> = {
  'compare.effect.line-to-unknown': (p) => `${sayCost('ko', p.line)}: ${p.fromUsd === null ? '—' : perMonth(p.fromUsd)} → 가격 알 수 없음`,
  'compare.effect.line-to-known': (p) => `${sayCost('ko', p.line)}: 가격 알 수 없음 → ${perMonth(p.toUsd)}`,
  'compare.effect.still-unknown': (p) => `${sayCost('ko', p.line)}: 변경 전후 모두 가격 알 수 없음`,
  'compare.effect.cost': (p) => signedPerMonth(p.deltaUsd),
  'compare.effect.other-lines': (p) => `나머지 항목 ${signedPerMonth(p.deltaUsd)}`,
  'compare.effect.peak-month': (p) => `피크가 있는 달 ${signedPerMonth(p.deltaUsd)}`,
  'compare.effect.budget': (p) => `예산: ${p.fromWithin ? '이내' : '초과'} → ${p.toWithin ? '이내' : '초과'}`,
  'compare.effect.recovery': (p) => `${p.scenarioId}: ${mode(p.from)} → ${mode(p.to)}`,
  'compare.effect.worst-p95': (p) => `피크 최악 p95: ${ms(p.fromMs)} → ${ms(p.toMs)}`,
  'compare.effect.sla': (p) => `SLA: ${p.fromMet ? '충족' : '미충족'} → ${p.toMet ? '충족' : '미충족'}`,
  'compare.effect.findings': (p) => `${SEVERITY[p.severity]} 발견 사항: ${p.from} → ${p.to}`,
  'compare.effect.none': () => '비용·복구·p95·보안 변화 없음',
  'compare.effect.not-alone': (p) => `단독 평가 불가: ${p.reason}`,
  'compare.effect.not-priced': (p) => `단독 평가 생략: 이만큼 큰 설계는 앞의 변경 ${p.limit}개만 하나씩 평가합니다`,
}

/** The comparison's words in Korean: the diff's settings, values and effects, and the winners' reasons. */
export const compare: Messages<CompareReason> = {
  'compare.field': (p) => FIELD[p.field],
  'compare.services-field': (p) => SERVICES_FIELD[p.field],
  'compare.service-field': (p) => `${p.service}: ${SERVICE_FIELD[p.field]}`,
  'compare.service': (p) => p.service,
  'compare.changed': (p) => `${SECTION[p.section]} 변경`,
  'compare.service-changed': (p) => `${p.service} 설정 변경`,
  'compare.path-changed': (p) => `${p.path} 변경`,
  'compare.sg-rule': (p) => `${p.group}: ${p.inbound ? '인바운드' : '아웃바운드'} 규칙 ${ruleTraffic(p.rule)}, ${p.inbound ? '소스' : '대상'} ${rulePeer(p.rule)}`,

  'compare.value.text': (p) => p.text,
  'compare.value.on-off': (p) => onOff(p.on),
  'compare.value.none': () => '없음',
  'compare.value.present': () => '있음',
  'compare.value.added': () => '추가됨',
  'compare.value.removed': () => '제거됨',
  'compare.value.purchase': (p) => PURCHASE[p.option],
  'compare.value.nat': (p) => (p.mode === 'instance' ? `${NAT.instance} (${p.instanceType})` : NAT[p.mode]),
  'compare.value.days': (p) => `${p.days}일`,
  'compare.value.storage': (p) => `${p.gb} GB ${p.type}`,
  'compare.value.up-to': (p) => `켬, 최대 ${p.gb} GB`,
  'compare.value.gb-per-month': (p) => `월 ${p.gb} GB`,
  'compare.value.rps': (p) => `${p.rps} req/s`,
  'compare.value.hours': (p) => `${p.hours}시간`,
  'compare.value.minutes': (p) => `${p.minutes}분`,
  'compare.value.ms': (p) => `${p.ms} ms`,
  'compare.value.waf': (p) => `켬(규칙 ${p.rules}개)`,
  'compare.value.cache': (p) => `${p.nodeType} × ${p.nodes} (${p.engine})`,
  'compare.value.dr': (p) => DR[p.mode],
  'compare.value.insights': (p) => INSIGHTS[p.level],
  'compare.value.budget': (p) => (p.currency === 'KRW' ? formatKrw(p.amount, 'ko') : formatUsd(p.amount, 'ko')),
  'compare.value.exchange-rate': (p) => `${p.krwPerUsd} KRW/USD`,
  'compare.value.tasks': (p) =>
    p.min !== null ? `${p.desired}(최소 ${p.min}, 최대 ${p.max})` : p.max !== null ? `${p.desired}(최대 ${p.max})` : String(p.desired),
  'compare.value.fargate-size': (p) => size(p),
  'compare.value.fargate': (p) => `Fargate ${size(p)}`,
  'compare.value.ec2': (p) => `EC2 ${p.instanceType}`,
  'compare.value.scaling': (p) => {
    const text = p.tracking === null ? '없음' : `${METRIC[p.tracking.metric]} ${p.tracking.target} 목표 추적`
    return p.scheduledPeakCount === null ? text : `${text}, 피크에 ${p.scheduledPeakCount}개 예약`
  },

  ...effects,

  'compare.winner.ops-tie': (p) => `동률: 모든 계획이 장애 ${p.autoCount}/${p.scenarioCount}를 자동 복구하고 RTO 합계도 같습니다.`,
  'compare.winner.ops': (p) => {
    const auto = (i: { autoCount: number; scenarioCount: number }) => `${i.autoCount}/${i.scenarioCount}`
    const tieBreak = p.tieBreakRtoSumMinutes === null ? '' : ` 자동 복구 수가 같은 계획 중 RTO 합계가 가장 짧습니다(${formatNumber(p.tieBreakRtoSumMinutes, 'ko', 1)}분).`
    return `${names(p.winners)}: 장애 시나리오 ${auto(p)} 자동 복구${others(p.others, auto)}.${tieBreak}`
  },
  'compare.winner.business-none': (p) => `어떤 계획도 ${peak(p)}를 SLA 안에서 감당하지 못합니다.`,
  'compare.winner.business-tie': (p) => `동률: 모든 계획이 ${peak(p)}를 감당하고, 오토스케일링 최대치에서 여유가 ${percent(p.headroomPercent)}로 같습니다.`,
  'compare.winner.business': (p) => {
    const missed = p.notCarried.length === 0 ? '' : ` 감당 못 함: ${names(p.notCarried)}.`
    return `${names(p.winners)}: ${peak(p)}를 감당하며 오토스케일링 최대치에서 여유가 가장 큽니다(${percent(p.headroomPercent)})${others(p.others, (o) => percent(o.headroomPercent))}.${missed}`
  },
  'compare.winner.security-tie': (p) => `동률: 모든 계획의 발견 사항이 같습니다(${tally(p.counts)}).`,
  'compare.winner.security': (p) => `${names(p.winners)}: 발견 사항이 가장 적습니다(${tally(p.counts)})${others(p.others, (o) => tally(o.counts))}. 높음, 중간, 낮음 순으로 비교합니다.`,
  'compare.winner.finance-cannot-tell': (p) => {
    const each = p.plans.map((plan) => ` ${plan.name}: 최소 ${perMonth(plan.monthlyUsd)}, ${unknownLines(plan)}.`).join('')
    return `판단할 수 없습니다: ${names(p.plans.map((plan) => plan.name))}에 가격을 알 수 없는 항목이 있어 가장 저렴한 계획을 알 수 없습니다.${each}`
  },
  'compare.winner.finance': (p) => {
    const money = `${perMonth(p.monthlyUsd)} (${formatKrw(p.monthlyKrw, 'ko')})`
    const dearer = p.dearerIncomplete.map((plan) => ` ${plan.name}에는 ${unknownLines(plan)}가 있지만 알려진 부분만으로도 이미 ${perMonth(plan.monthlyUsd)}입니다.`).join('')
    const { budget } = p
    const budgetNote = budget.withinBudget
      ? ` 예산 ${formatKrw(budget.budgetKrw, 'ko')} 이내입니다.`
      : ` ${budget.allOver ? '모든 계획이' : '이 계획도'} 예산 ${formatKrw(budget.budgetKrw, 'ko')}을 넘습니다(이 계획은 ${formatKrw(budget.overByKrw, 'ko')} 초과).`
    return `${names(p.winners)}: 모든 가격이 알려진 계획 중 가장 저렴합니다(${money}).${dearer}${budgetNote}`
  },
  'compare.winner.cto-none': () => '어떤 계획도 SLA를 충족하지 못합니다.',
  'compare.winner.cto-tie': (p) => `동률: 모든 계획이 SLA를 충족하며 피크 최악 p95가 ${ms(p.p95Ms)}로 같습니다(SLA ${formatNumber(p.slaMs, 'ko')} ms).`,
  'compare.winner.cto': (p) => {
    const missed = p.missed.length === 0 ? '' : ` SLA 미충족: ${names(p.missed)}.`
    return `${names(p.winners)}: SLA를 충족하는 계획 중 피크 최악 p95가 가장 낮습니다, ${ms(p.p95Ms)}(SLA ${formatNumber(p.slaMs, 'ko')} ms)${others(p.others, (o) => ms(o.p95Ms))}.${missed}`
  },
}
