import { formatKrw, formatNumber, formatUsd, type Locale } from '../i18n'
import type { PurchaseOption } from '../model'

/** A phrase in both languages the comparison speaks. */
export type Words = Record<Locale, string>

const ON_OFF: Record<Locale, [on: string, off: string]> = { en: ['on', 'off'], ko: ['켬', '끔'] }

export function onOff(value: boolean, locale: Locale): string {
  return ON_OFF[locale][value ? 0 : 1]
}

const PURCHASE: Record<Locale, Record<PurchaseOption, string>> = {
  en: { 'on-demand': 'on-demand', 'reserved-1yr-all-upfront': '1-year reserved, all upfront', 'reserved-1yr-no-upfront': '1-year reserved, no upfront' },
  ko: { 'on-demand': '온디맨드', 'reserved-1yr-all-upfront': '1년 예약(전액 선결제)', 'reserved-1yr-no-upfront': '1년 예약(선결제 없음)' },
}

export function purchaseWord(option: PurchaseOption, locale: Locale): string {
  return PURCHASE[locale][option]
}

export const NAT_WORD: Record<Locale, Record<'none' | 'single' | 'per-az' | 'instance', string>> = {
  en: { none: 'none', single: 'one shared NAT gateway', 'per-az': 'one NAT gateway per AZ', instance: 'NAT instance' },
  ko: { none: '없음', single: 'NAT 게이트웨이 1개 공유', 'per-az': 'AZ마다 NAT 게이트웨이', instance: 'NAT 인스턴스' },
}

/** Labels of the fields a diff names, in the words of the dashboard's controls. */
export const FIELD = {
  region: { en: 'Region', ko: '리전' },
  azCount: { en: 'Availability zones', ko: '가용 영역 수' },
  nat: { en: 'NAT', ko: 'NAT' },
  flowLogs: { en: 'VPC flow logs', ko: 'VPC 흐름 로그' },
  vpcEndpoints: { en: 'VPC endpoints', ko: 'VPC 엔드포인트' },
  loadBalancers: { en: 'Load balancers', ko: '로드 밸런서' },
  tasks: { en: 'Tasks per service', ko: '서비스당 태스크 수' },
  serviceTasks: { en: '{service}: tasks', ko: '{service}: 태스크 수' },
  fargateSize: { en: 'Fargate task size', ko: 'Fargate 태스크 크기' },
  serviceFargateSize: { en: '{service}: Fargate task size', ko: '{service}: Fargate 태스크 크기' },
  instanceType: { en: 'Instance type', ko: '인스턴스 유형' },
  serviceInstanceType: { en: '{service}: instance type', ko: '{service}: 인스턴스 유형' },
  computePurchase: { en: 'Compute purchase option', ko: '컴퓨팅 구매 옵션' },
  serviceComputePurchase: { en: '{service}: purchase option', ko: '{service}: 구매 옵션' },
  compute: { en: 'Compute', ko: '컴퓨팅' },
  serviceCompute: { en: '{service}: compute', ko: '{service}: 컴퓨팅' },
  autoRollback: { en: 'Deploy auto-rollback', ko: '배포 자동 롤백' },
  serviceAutoRollback: { en: '{service}: deploy auto-rollback', ko: '{service}: 배포 자동 롤백' },
  scaling: { en: 'Autoscaling', ko: '오토스케일링' },
  serviceScaling: { en: '{service}: autoscaling', ko: '{service}: 오토스케일링' },
  service: { en: '{service}', ko: '{service}' },
  dbEngine: { en: 'Database engine', ko: '데이터베이스 엔진' },
  dbClass: { en: 'Database class', ko: '데이터베이스 클래스' },
  dbMultiAz: { en: 'Database Multi-AZ', ko: '데이터베이스 Multi-AZ' },
  dbReplicas: { en: 'Read replicas', ko: '읽기 복제본' },
  dbStorage: { en: 'Database storage', ko: '데이터베이스 스토리지' },
  dbStorageAutoscaling: { en: 'Database storage autoscaling', ko: '데이터베이스 스토리지 자동 확장' },
  dbPurchase: { en: 'Database purchase option', ko: '데이터베이스 구매 옵션' },
  dbBackups: { en: 'Database backup retention', ko: '데이터베이스 백업 보존' },
  dbInsights: { en: 'Database Insights', ko: 'Database Insights' },
  dbEncrypted: { en: 'Database encryption', ko: '데이터베이스 암호화' },
  dbPublic: { en: 'Database publicly accessible', ko: '데이터베이스 공개 접근' },
  dbLeastPrivilege: { en: 'Least-privilege app DB user', ko: '앱 DB 사용자 최소 권한' },
  cache: { en: 'Cache', ko: '캐시' },
  cacheNodeType: { en: 'Cache node type', ko: '캐시 노드 유형' },
  cacheNodes: { en: 'Cache nodes', ko: '캐시 노드 수' },
  cachePurchase: { en: 'Cache purchase option', ko: '캐시 구매 옵션' },
  bastion: { en: 'Bastion', ko: '배스천' },
  bastionPurchase: { en: 'Bastion purchase option', ko: '배스천 구매 옵션' },
  ssm: { en: 'Session Manager (SSM)', ko: 'Session Manager(SSM)' },
  cloudfront: { en: 'CloudFront', ko: 'CloudFront' },
  waf: { en: 'WAF', ko: 'WAF' },
  containerInsights: { en: 'Container Insights', ko: 'Container Insights' },
  logs: { en: 'Logs ingested', ko: '로그 수집량' },
  logRetention: { en: 'Log retention', ko: '로그 보존 기간' },
  drMode: { en: 'Disaster recovery', ko: '재해 복구' },
  crossRegionBackups: { en: 'Cross-region backups', ko: '리전 간 백업' },
  publicIpv4: { en: 'Public IPv4 billing', ko: '퍼블릭 IPv4 과금' },
  budget: { en: 'Monthly budget', ko: '월 예산' },
  exchangeRate: { en: 'Exchange rate', ko: '환율' },
  peakRps: { en: 'Peak traffic', ko: '피크 트래픽' },
  peakHours: { en: 'Peak duration', ko: '피크 지속 시간' },
  sla: { en: 'SLA p95', ko: 'SLA p95' },
  rto: { en: 'RTO objective', ko: 'RTO 목표' },
  rpo: { en: 'RPO objective', ko: 'RPO 목표' },
} satisfies Record<string, Words>

/** Sections the generic fallback names: "Security groups changed". */
export const SECTION: Record<string, Words> = {
  'config.region': FIELD.region,
  'config.network': { en: 'Network', ko: '네트워크' },
  'config.securityGroups': { en: 'Security groups', ko: '보안 그룹' },
  'config.loadBalancers': { en: 'Load balancer settings', ko: '로드 밸런서 설정' },
  'config.database': { en: 'Database settings', ko: '데이터베이스 설정' },
  'config.cache': { en: 'Cache settings', ko: '캐시 설정' },
  'config.adminAccess': { en: 'Admin access', ko: '관리자 접근' },
  'config.edge': { en: 'Edge and DNS', ko: '엣지와 DNS' },
  'config.monitoring': { en: 'Monitoring', ko: '모니터링' },
  'config.disasterRecovery': { en: 'Disaster recovery', ko: '재해 복구' },
  'config.billing': { en: 'Billing assumptions', ko: '과금 가정' },
  'requirements.budget': { en: 'Budget', ko: '예산' },
  'requirements.traffic': { en: 'Traffic profile', ko: '트래픽 프로필' },
  'requirements.sla': { en: 'SLA', ko: 'SLA' },
  'requirements.recovery': { en: 'Recovery objectives', ko: '복구 목표' },
  'requirements.securityPolicy': { en: 'Security policy', ko: '보안 정책' },
  service: { en: '{service} settings', ko: '{service} 설정' },
}

export const CHANGED: Words = { en: '{section} changed', ko: '{section} 변경' }

/** Fills {name} slots: fill('{service}: tasks', { service: 'Gateway' }) → 'Gateway: tasks'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot))
}

const PER_MONTH: Words = { en: '/month', ko: '/월' }

/** U+2212 for minus, so columns of deltas line up (as in the finance view). */
function sign(value: number): string {
  return value > 0 ? '+' : value < 0 ? '−' : ''
}

/** "+$15.44/month", "−US$5.00/월". */
export function signedUsdPerMonth(value: number, locale: Locale): string {
  return `${sign(value)}${formatUsd(Math.abs(value), locale)}${PER_MONTH[locale]}`
}

export function usdPerMonth(value: number, locale: Locale): string {
  return `${formatUsd(value, locale)}${PER_MONTH[locale]}`
}

export function krw(value: number, locale: Locale): string {
  return formatKrw(value, locale)
}

export function count(value: number, locale: Locale, digits = 0): string {
  return formatNumber(value, locale, digits)
}

/** Whole milliseconds, or "overloaded" when the queue grows without bound. */
export function ms(value: number | null, locale: Locale): string {
  if (value === null) return locale === 'ko' ? '과부하' : 'overloaded'
  return `${formatNumber(Math.round(value), locale)} ms`
}

export const EFFECT = {
  unknownPrice: { en: 'unknown', ko: '알 수 없음' },
  lineToUnknown: { en: '{line}: {from} → unknown price', ko: '{line}: {from} → 가격 알 수 없음' },
  lineToKnown: { en: '{line}: unknown price → {to}', ko: '{line}: 가격 알 수 없음 → {to}' },
  stillUnknown: { en: '{line}: price unknown before and after', ko: '{line}: 변경 전후 모두 가격 알 수 없음' },
  otherLines: { en: '{delta} on the other lines', ko: '나머지 항목 {delta}' },
  peakMonth: { en: 'peak month {delta}', ko: '피크가 있는 달 {delta}' },
  budget: { en: 'budget: {from} → {to}', ko: '예산: {from} → {to}' },
  within: { en: 'within', ko: '이내' },
  over: { en: 'over', ko: '초과' },
  worstP95: { en: 'worst peak p95: {from} → {to}', ko: '피크 최악 p95: {from} → {to}' },
  sla: { en: 'SLA: {from} → {to}', ko: 'SLA: {from} → {to}' },
  met: { en: 'met', ko: '충족' },
  missed: { en: 'missed', ko: '미충족' },
  findings: { en: '{severity} findings: {from} → {to}', ko: '{severity} 발견 사항: {from} → {to}' },
  none: { en: 'no change in cost, recovery, p95 or findings', ko: '비용·복구·p95·보안 변화 없음' },
  notAlone: { en: 'not evaluated alone: {reason}', ko: '단독 평가 불가: {reason}' },
  notPriced: { en: 'not evaluated alone: only the first {limit} changes of a design this large are', ko: '단독 평가 생략: 이만큼 큰 설계는 앞의 변경 {limit}개만 하나씩 평가합니다' },
} satisfies Record<string, Words>

export const SEVERITY_WORD: Record<Locale, Record<'high' | 'medium' | 'low', string>> = {
  en: { high: 'high', medium: 'medium', low: 'low' },
  ko: { high: '높음', medium: '중간', low: '낮음' },
}

export const VALUE = {
  removed: { en: 'removed', ko: '제거됨' },
  added: { en: 'added', ko: '추가됨' },
  absent: { en: 'none', ko: '없음' },
  present: { en: 'in the plan', ko: '있음' },
  days: { en: '{n} days', ko: '{n}일' },
  gb: { en: '{n} GB', ko: '{n} GB' },
  upTo: { en: 'on, up to {n} GB', ko: '켬, 최대 {n} GB' },
  gbPerMonth: { en: '{n} GB/month', ko: '월 {n} GB' },
  rps: { en: '{n} req/s', ko: '{n} req/s' },
  hours: { en: '{n} h', ko: '{n}시간' },
  minutes: { en: '{n} min', ko: '{n}분' },
  wafOn: { en: 'on ({n} rules)', ko: '켬(규칙 {n}개)' },
  tasksMax: { en: '{n} (max {max})', ko: '{n}(최대 {max})' },
  tasksRange: { en: '{n} (min {min}, max {max})', ko: '{n}(최소 {min}, 최대 {max})' },
  scalingNone: { en: 'none', ko: '없음' },
  scalingTarget: { en: 'target tracking on {metric} {target}', ko: '{metric} {target} 목표 추적' },
  scheduled: { en: '{text}, {n} scheduled for the peak', ko: '{text}, 피크에 {n}개 예약' },
} satisfies Record<string, Words>
