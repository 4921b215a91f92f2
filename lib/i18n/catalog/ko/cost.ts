import type { CostFormula, CostLabel, CostSource, FormulaNote, PriceTerm, PriceUnit, QuantityFactor } from '../../../cost/cost-reasons'
import { PURCHASE_WORDS as PURCHASE } from './purchase-words'
import { formatNotation as n, formatNotationUsd as usd, formatNumber } from '../../format'
import type { CostNamespaceReason } from '../cost-namespace'
import type { Messages } from '../define'

/** AWS 제품 이름, 단위와 표기(Fargate vCPU, LCU-h, Multi-AZ)는 한국 엔지니어가 영어로 읽으므로 그대로 둡니다. */
const deployment = (multiAz: boolean) => (multiAz ? 'Multi-AZ' : 'Single-AZ')
const names = (items: readonly string[]) => items.join(', ')
const krw = (value: number) => formatNumber(value, 'ko')
const count = (word: string, value: number) => `${word} ${n(value)}개`

const labels: Messages<CostLabel> = {
  'cost.label.fargate-vcpu': (p) => `Fargate vCPU (${names(p.services)})`,
  'cost.label.fargate-memory': (p) => `Fargate 메모리 (${names(p.services)})`,
  'cost.label.fargate-storage': (p) => `Fargate 임시 스토리지(${p.includedGb} GB 초과분) (${names(p.services)})`,
  'cost.label.ec2': (p) => `EC2 ${p.instanceType} ${PURCHASE[p.purchase]} (${p.service})`,
  'cost.label.ec2-spot': (p) => `EC2 ${p.instanceType} Spot (${p.service})`,
  'cost.label.rds-instance': (p) => `RDS ${p.engine} ${p.instanceClass} ${deployment(p.multiAz)} ${PURCHASE[p.purchase]}`,
  'cost.label.rds-storage': (p) => `RDS ${p.storageType} 스토리지 ${deployment(p.multiAz)}`,
  'cost.label.rds-read-replicas': (p) => `RDS 읽기 복제본 (${p.instanceClass} Single-AZ)`,
  'cost.label.rds-replica-storage': (p) => `RDS 읽기 복제본 ${p.storageType} 스토리지`,
  'cost.label.database-insights': () => 'CloudWatch Database Insights(고급)',
  'cost.label.cache': (p) => `ElastiCache ${p.engine} ${p.nodeType} ${PURCHASE[p.purchase]}`,
  'cost.label.bastion': (p) => `배스천 EC2 ${p.instanceType} ${PURCHASE[p.purchase]}`,
  'cost.label.nat-instance': (p) => `NAT 인스턴스 (${p.instanceType})`,
  'cost.label.nat-gateway': () => 'NAT 게이트웨이',
  'cost.label.nat-gateway-data': () => 'NAT 게이트웨이 데이터 처리',
  'cost.label.vpc-endpoints': (p) => `VPC 인터페이스 엔드포인트 (${names(p.endpoints)})`,
  'cost.label.public-ipv4': () => '퍼블릭 IPv4 주소',
  'cost.label.alb': (p) => `Application Load Balancer (${p.name})`,
  'cost.label.alb-lcu': (p) => `ALB 용량 단위(LCU) (${p.name})`,
  'cost.label.cloudwatch-logs': () => 'CloudWatch Logs 수집',
  'cost.label.cloudwatch-alarms': () => 'CloudWatch 경보',
  'cost.label.cloudwatch-dashboards': () => 'CloudWatch 대시보드',
  'cost.label.cloudfront-data-out': () => 'CloudFront 데이터 전송(아웃)',
  'cost.label.cloudfront-requests': () => 'CloudFront HTTPS 요청',
  'cost.label.data-transfer-out': () => '인터넷으로 나가는 데이터 전송',
  'cost.label.waf-acl': () => 'WAF 웹 ACL',
  'cost.label.waf-rules': () => 'WAF 규칙',
  'cost.label.waf-requests': () => 'WAF 요청',
  'cost.label.route53-zones': () => 'Route 53 호스팅 영역',
  'cost.label.route53-queries': () => 'Route 53 표준 쿼리',
}

const quantity: Messages<QuantityFactor> = {
  'cost.qty.count': (p) => n(p.count),
  'cost.qty.tasks': (p) => count('태스크', p.tasks),
  'cost.qty.vcpu': (p) => `${p.vcpu === null ? '?' : n(p.vcpu)} vCPU`,
  'cost.qty.gb': (p) => `${n(p.gb)} GB`,
  'cost.qty.hours': (p) => `${n(p.hours)} h`,
  'cost.qty.instance-type': (p) => (p.spot ? `${p.instanceType} Spot` : p.instanceType),
  'cost.qty.db-instance': (p) => `${p.instanceClass} ${deployment(p.multiAz)}`,
  'cost.qty.nodes': (p) => count('노드', p.nodes),
  'cost.qty.replicas': (p) => count('복제본', p.replicas),
  'cost.qty.instances': (p) => count('인스턴스', p.instances),
  'cost.qty.nat-gateways': (p) => count('NAT 게이트웨이', p.gateways),
  'cost.qty.albs': (p) => count('ALB', p.albs),
  'cost.qty.endpoints': (p) => count('엔드포인트', p.endpoints),
  'cost.qty.azs': (p) => count('AZ', p.azs),
  'cost.qty.addresses': (p) => `주소 ${n(p.addresses)}개(ALB ${p.alb}, NAT ${p.nat}, 배스천 ${p.bastion})`,
  'cost.qty.alarms': (p) => count('경보', p.alarms),
  'cost.qty.dashboards': (p) => count('대시보드', p.dashboards),
  'cost.qty.web-acls': (p) => count('웹 ACL', p.acls),
  'cost.qty.rules': (p) => count('규칙', p.rules),
  'cost.qty.zones': (p) => count('영역', p.zones),
  'cost.qty.million-requests': (p) => `${n(p.millions, 2)}M 요청`,
  'cost.qty.million-queries': (p) => `${n(p.millions)}M 쿼리`,
  'cost.qty.billable-gb': (p) => `max(0, ${n(p.gb, 1)} GB − ${n(p.freeGb)} GB 무료)`,
  'cost.qty.billable-requests-10k': (p) => `max(0, 요청 ${n(p.requests / 1e6, 2)}M − 무료 ${n(p.freeRequests / 1e6)}M) ÷ 10,000`,
  'cost.qty.nat-outbound-gb': (p) => (p.gb === null ? '아웃바운드 GB 미기재' : `아웃바운드 ${n(p.gb, 1)} GB`),
  'cost.qty.lcu-hours': (p) => `${n(p.lcuHours, 1)} LCU-h (${n(p.averageLcu, 3)} LCU 평균(대역별 새 연결/25와 GB/h 중 큰 값))`,
}

const PER: Record<PriceUnit, string> = {
  hour: '/h',
  'vcpu-hour': '/vCPU-h',
  'gb-hour': '/GB-h',
  gb: '/GB',
  'gb-month': '/GB-월',
  'lcu-hour': '/LCU-h',
  month: '/월',
  'rule-month': '/규칙-월',
  'zone-month': '/영역-월',
  'alarm-month': '/경보-월',
  'dashboard-month': '/대시보드-월',
  million: '/M',
  'ten-thousand': '/요청 1만 건',
  upfront: ' 선결제',
}

function factor(f: QuantityFactor): string {
  // The mapped Messages type pairs each code with its params; TypeScript cannot follow that through a union call.
  return (quantity[f.code] as (params: QuantityFactor['params']) => string)(f.params)
}

/** 항이 내는 단가: "$0.0416/h × (1 − 70%)", "$700 선결제 ÷ 12개월". */
function unitPrice(t: PriceTerm): string {
  if (!t.unitPrice) return '가격 미상'
  const discount = t.discountPercent === undefined ? '' : ` × (1 − ${n(t.discountPercent)}%)`
  const spread = t.amortisedOverMonths === undefined ? '' : ` ÷ ${n(t.amortisedOverMonths)}개월`
  const effective = t.effectiveRate ? ' (실효 단가: 선결제와 시간당 요금으로 어떻게 나뉘는지는 알 수 없음)' : ''
  return `$${n(t.unitPrice.usd, 6)}${PER[t.unitPrice.per]}${discount}${spread}${effective}`
}

function term(t: PriceTerm): string {
  return `${t.quantity.map(factor).join(' × ')} × ${unitPrice(t)}`
}

const notes: Messages<FormulaNote> = {
  'cost.note.cloudwatch-free-tier-not-applied': (p) =>
    `프리 티어 미적용: 계정당 월 경보 ${n(p.alarms)}개, 로그 ${n(p.logsGb)} GB, 대시보드 ${n(p.dashboards)}개는 계정의 다른 워크로드와 함께 씀`,
  'cost.note.always-free-internet-out': (p) => `모든 서비스 합산 상시 무료: 인터넷으로 나가는 월 첫 ${n(p.freeGb)} GB`,
  'cost.note.always-free-cloudfront': (p) => `상시 무료: CloudFront 월 첫 ${n(p.freeGb)} GB`,
  'cost.note.always-free-cloudfront-requests': (p) => `상시 무료: CloudFront 월 첫 요청 ${n(p.freeRequests / 1e6)}백만 건`,
}

function note(x: FormulaNote): string {
  return (notes[x.code] as (params: FormulaNote['params']) => string)(x.params)
}

function formula(p: CostFormula['params']): string {
  const said = p.notes?.length ? ` (${p.notes.map(note).join('; ')})` : ''
  return `${p.terms.map(term).join(' + ')} = ${p.resultUsd === null ? '미상' : usd(p.resultUsd)}${said}`
}

/** 다른 출처 안의 출처: Spot 할인의 기준이 되는 온디맨드 가격. */
function source(s: CostSource): string {
  return (cost[s.code] as (params: CostSource['params']) => string)(s.params)
}

/** 비용을 한국어로. 수식은 표기이므로 숫자는 formatNotation으로, 단위는 AWS 표기대로 씁니다. */
export const cost: Messages<CostNamespaceReason> = {
  ...labels,
  ...quantity,
  ...notes,
  'cost.formula.line': formula,
  // 출처의 제목과 날짜는 발행처의 글 그대로 두고, ArchDeck이 덧붙이는 말만 옮깁니다.
  'cost.source.published': (p) => `${p.title} (${p.asOf})`,
  'cost.source.derived': (p) => `산출값: ${p.title} (${p.asOf})`,
  'cost.source.seed-stated': (p) => `시드 문서에 적힌 값(미검증): 시드 문서 ${p.title} (${p.asOf})`,
  'cost.source.assumed-override': (p) => `사용자 가정, 직접 정한 가격${p.note ? `: ${p.note}` : ''}`,
  'cost.source.assumed-discount': (p) => `사용자 가정: ${source(p.list)}에 기업 할인 ${n(p.percent)}%`,
  'cost.source.assumed-spot': (p) => `사용자 가정: Spot은 온디맨드보다 ${n(p.percent)}% 저렴; 온디맨드: ${source(p.onDemand)}`,
  'cost.source.seed-stated-spot': (p) => `시드 문서에 적힌 값(미검증): Spot은 온디맨드보다 ${n(p.percent)}% 저렴, 시드 문서 ${p.title} (${p.asOf}); 온디맨드: ${source(p.onDemand)}`,
  'cost.source.unknown': (p) => `가격 미상 (${p.priceId}${p.note ? `: ${p.note}` : ''})`,
  'cost.source.not-in-catalog': (p) => `가격 미상 (${p.priceId}: 가격 카탈로그에 없음)`,
  'cost.source.nat-outbound-not-stated': () => '미상: NAT를 거쳐 나가는 트래픽이 설계에 적혀 있지 않습니다(로드 밸런서로 들어온 요청의 응답은 NAT를 지나지 않습니다)',
  'cost.source.vcpus-unknown': (p) => `가격 미상 (${p.instanceClass}의 vCPU 수: vCPU 표에 없는 인스턴스 클래스)`,
  'cost.total': (p) => `${p.knownUsd.map((v) => n(v)).join(' + ')} = ${usd(p.totalUsd)}${p.unknownLines === 0 ? '' : ` + 가격 미상 항목 ${p.unknownLines}개`}`,
  'cost.band': (p) => {
    const extra =
      p.extras.length === 0
        ? '추가 태스크 없음'
        : `(${p.extras.map((e) => `${n(e.units)} × ${e.serviceId} × $${n(e.hourlyUsd, 4)}/h`).join(' + ')}) × ${n(p.peakHours)} h = ${usd(p.extraUsd)}`
    return `최소 ${usd(p.minUsd)} (최소 개수); 평상시 ${usd(p.typicalUsd)}; 피크 = 평상시 + ${p.peakName}: ${extra} = ${usd(p.peakUsd)}`
  },
  'cost.budget': (p) => {
    const by = `${krw(Math.abs(p.overByKrw))} KRW`
    const verdict = p.verdict === 'over' ? `${by} 초과` : p.verdict === 'within' ? `${by} 여유` : `지금까지 ${by} 여유(일부 가격 미상)`
    return `${usd(p.monthlyUsd)} × ${n(p.krwPerUsd, 6)} KRW/USD = ${krw(p.monthlyKrw)} KRW 대 예산 ${krw(p.budgetKrw)} KRW → ${verdict}`
  },
  'cost.component.compute': () => '컴퓨팅',
  'cost.component.database': () => '데이터베이스',
  'cost.component.cache': () => '캐시',
  'cost.component.network': () => '네트워킹',
  'cost.component.load-balancer': () => '로드 밸런서',
  'cost.component.admin-access': () => '관리자 접속',
  'cost.component.edge': () => '엣지와 DNS',
  'cost.component.monitoring': () => '모니터링',
  'cost.component.data-transfer': () => '데이터 전송',
  'cost.basis.published': () => '공개 단가',
  'cost.basis.derived': () => '산출값',
  'cost.basis.seed-stated': () => '시드 명시',
  'cost.basis.assumed': () => '사용자 가정',
  'cost.basis.unknown': () => '알 수 없음',
  'cost.option.multi-az': () => '데이터베이스 Multi-AZ',
  'cost.option.nat-per-az': () => 'AZ마다 NAT 게이트웨이 하나',
  'cost.option.tasks-per-service': (p) => `서비스당 태스크 ${p.tasks}개`,
  'cost.breach.budget': (p) =>
    `예산 초과: 월 ${krw(p.monthlyKrw)} KRW(${p.monthlyUsd.toFixed(2)} USD), 예산 ${krw(p.budgetKrw)} KRW보다 ${krw(p.overByKrw)} KRW 많음`,
  'cost.breach.sla': (p) => `SLA 미달: ${p.service} p95 ${Number.isFinite(p.p95Ms) ? `${n(p.p95Ms, 0)} ms` : '무한(과부하)'}, 목표 ${p.slaP95Ms} ms`,
  'cost.breach.security': (p) => `심각도 높은 보안 발견 사항 ${p.findingId}`,
}
