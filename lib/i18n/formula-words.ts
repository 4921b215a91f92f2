import type { Locale } from './locale'

/**
 * Formulas and bill labels are notation: numbers, prices and AWS's product names, which Korean
 * engineers read in English ("Fargate vCPU", "LCU-h"). Only the English words around them change,
 * so they are translated by phrase, in this order (longer phrases first), rather than rewritten by
 * every engine. The coverage test in formula-words.test.ts fails when an engine writes a word this
 * table does not know.
 */
const PHRASES: readonly [RegExp, string][] = [
  // Totals, budget and band (lib/cost/compute-monthly-cost.ts).
  [/\+ (\d+) unknown line\(s\)/g, '+ 가격 미상 항목 $1개'],
  [/ vs budget /g, ' 대 예산 '],
  [/→ over by ([\d,.]+ KRW)/g, '→ $1 초과'],
  [/→ within so far \(some prices unknown\) by ([\d,.]+ KRW)/g, '→ 지금까지 $1 여유(일부 가격 미상)'],
  [/→ within by ([\d,.]+ KRW)/g, '→ $1 여유'],
  [/\(minimum counts\)/g, '(최소 개수)'],
  [/peak = typical \+/g, '피크 = 평상시 +'],
  [/^min /g, '최소 '],
  [/; typical /g, '; 평상시 '],
  [/: no extra tasks =/g, ': 추가 태스크 없음 ='],
  // What-if options (lib/evaluate/price-options.ts).
  [/^One NAT gateway per AZ$/g, 'AZ마다 NAT 게이트웨이 하나'],
  [/^(\d+) tasks per service$/g, '서비스당 태스크 $1개'],
  // Quantities (lib/cost/*.ts).
  [/× unknown price = unknown/g, '× 가격 미상 = 미상'],
  [/(\d[\d,.]*) tasks\b/g, '태스크 $1개'],
  [/(\d[\d,.]*) task\(s\)/g, '태스크 $1개'],
  [/(\d[\d,.]*) node\b/g, '노드 $1개'],
  [/(\d[\d,.]*) replica\b/g, '복제본 $1개'],
  [/(\d[\d,.]*) instance\b/g, '인스턴스 $1개'],
  [/(\d[\d,.]*) NAT gateway\b/g, 'NAT 게이트웨이 $1개'],
  [/(\d[\d,.]*) ALB\b/g, 'ALB $1개'],
  [/(\d[\d,.]*) endpoints\b/g, '엔드포인트 $1개'],
  [/× (\d[\d,.]*) AZ\b/g, '× AZ $1개'],
  [/(\d[\d,.]*) addresses \(/g, '주소 $1개('],
  [/, bastion (\d+)\)/g, ', 배스천 $1)'],
  [/(\d[\d,.]*) alarms\b/g, '경보 $1개'],
  [/(\d[\d,.]*) dashboards\b/g, '대시보드 $1개'],
  [/(\d[\d,.]*) rules\b/g, '규칙 $1개'],
  [/(\d[\d,.]*) zones\b/g, '영역 $1개'],
  [/(\d[\d,.]*) web ACL\b/g, '웹 ACL $1개'],
  [/ M requests/g, 'M 요청'],
  [/ M queries/g, 'M 쿼리'],
  [/ GB free\)/g, ' GB 무료)'],
  [/ req\/day × (\d+) days/g, ' 요청/일 × $1일'],
  [/ × ([\d.]+) share/g, ' × 비율 $1'],
  [/LCU average \(max of new connections\/25 and GB\/h per band\)/g, 'LCU 평균(대역별 새 연결/25와 GB/h 중 큰 값)'],
  [/\/zone-month/g, '/영역-월'],
  [/\/alarm-month/g, '/경보-월'],
  [/\/rule-month/g, '/규칙-월'],
  [/\/dashboard-month/g, '/대시보드-월'],
  [/\/GB-month/g, '/GB-월'],
  [/\/month/g, '/월'],
  // Bill labels (the words AWS prints on the bill).
  [/1-yr reserved, all upfront/g, '1년 예약, 전액 선결제'],
  [/\bon-demand\b/g, '온디맨드'],
  [/Fargate memory/g, 'Fargate 메모리'],
  [/Fargate ephemeral storage above (\d+) GB/g, 'Fargate 임시 스토리지($1 GB 초과분)'],
  [/ALB capacity units/g, 'ALB 용량 단위(LCU)'],
  [/NAT gateway data processed/g, 'NAT 게이트웨이 데이터 처리'],
  [/NAT gateway/g, 'NAT 게이트웨이'],
  [/NAT instance/g, 'NAT 인스턴스'],
  [/VPC interface endpoints/g, 'VPC 인터페이스 엔드포인트'],
  [/Public IPv4 addresses/g, '퍼블릭 IPv4 주소'],
  [/RDS read replicas?/g, 'RDS 읽기 복제본'],
  [/ storage\b/g, ' 스토리지'],
  [/CloudWatch Logs ingestion/g, 'CloudWatch Logs 수집'],
  [/CloudWatch alarms/g, 'CloudWatch 경보'],
  [/CloudWatch dashboards/g, 'CloudWatch 대시보드'],
  [/CloudFront data transfer out/g, 'CloudFront 데이터 전송(아웃)'],
  [/Data transfer out to the internet/g, '인터넷으로 나가는 데이터 전송'],
  [/WAF web ACL/g, 'WAF 웹 ACL'],
  [/WAF rules/g, 'WAF 규칙'],
  [/WAF requests/g, 'WAF 요청'],
  [/Route 53 hosted zones/g, 'Route 53 호스팅 영역'],
  [/Route 53 standard queries/g, 'Route 53 표준 쿼리'],
  [/^Bastion EC2/g, '배스천 EC2'],
  [/Database Insights \(advanced\)/g, 'Database Insights(고급)'],
  // Price sources: the citation stays as published; only ArchDeck's own framing changes.
  [/^price unknown \(/g, '가격 미상 ('],
  [/: not in the price catalog/g, ': 가격 카탈로그에 없음'],
  [/^stated by the seed, unverified: /g, '시드 문서에 적힌 값(미검증): '],
  [/^derived: /g, '산출값: '],
]

/**
 * A formula, bill label or price source in the reader's language.
 * Example: translateNotation('6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65', 'ko')
 * → '태스크 6개 × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65'.
 */
export function translateNotation(notation: string, locale: Locale): string {
  return locale === 'en' ? notation : replacePhrases(notation, PHRASES)
}

/** English phrases replaced in order by their Korean; the mechanism behind every phrase table. */
function replacePhrases(english: string, phrases: readonly (readonly [RegExp, string])[]): string {
  let out = english
  for (const [pattern, replacement] of phrases) out = out.replace(pattern, replacement)
  return out
}

/** A cost line's label, formula and source in the reader's language. */
export function costLineText(line: { label: string; formula: string; source: string }, locale: Locale): { label: string; formula: string; source: string } {
  return { label: translateNotation(line.label, locale), formula: translateNotation(line.formula, locale), source: translateNotation(line.source, locale) }
}
