import type { PriceService } from '../../../pricing/price-service'
import { formatNumber } from '../../format'
import { regionName } from './region-names'
import type { PriceListViewReason } from '../price-list-view-reasons'
import type { Messages } from '../define'

/** AWS 한국어 요금 페이지의 서비스 이름. */
const SERVICE: Record<PriceService, string> = {
  ec2: 'EC2',
  rds: 'RDS',
  elasticache: 'ElastiCache',
  fargate: 'Fargate',
  nat_gateway: 'NAT 게이트웨이',
  vpc_endpoint: 'VPC 엔드포인트',
  public_ipv4: '퍼블릭 IPv4 주소',
  alb: 'Application Load Balancer',
  nlb: 'Network Load Balancer',
  ebs: 'EBS',
  backup: 'AWS Backup',
  cloudwatch: 'CloudWatch',
  waf: 'WAF',
  cloudfront: 'CloudFront',
  route53: 'Route 53',
  data_transfer: '데이터 전송',
  other: '기타',
}

const count = (n: number) => formatNumber(n, 'ko')

/** The price list's filters and counts, in Korean. */
export const priceListView: Messages<PriceListViewReason> = {
  'price-list-view.filters': () => '단가 거르기',
  'price-list-view.service': () => '서비스',
  'price-list-view.price-region': () => '단가 리전',
  'price-list-view.region-option': (p) => `${regionName(p.region)} (${p.region})`,
  'price-list-view.basis': () => '근거',
  'price-list-view.search': () => '키 또는 클래스',
  'price-list-view.search-hint': () => 'db.t3.large, t3.medium, gp2…',
  'price-list-view.all-services': () => '모든 서비스',
  'price-list-view.all-bases': () => '모든 근거',
  'price-list-view.service-name': (p) => SERVICE[p.service],
  'price-list-view.col-source': () => '출처',
  'price-list-view.override-source': () => '이 설계가 정한 단가 (pricing.overrides)',
  'price-list-view.col-date': () => '날짜',
  'price-list-view.count': (p) =>
    p.shown < p.matching
      ? `단가 ${count(p.total)}개 중 ${count(p.matching)}개가 맞고, 앞의 ${count(p.shown)}개를 보여 줍니다. 거르기나 검색으로 좁혀 보세요.`
      : `단가 ${count(p.total)}개 중 ${count(p.matching)}개.`,
  'price-list-view.none': () => '조건에 맞는 단가가 없습니다.',
}
