import type { PriceService } from '../../../pricing/price-service'
import { formatNumber } from '../../format'
import { regionName } from './region-names'
import type { PriceListViewReason } from '../price-list-view-reasons'
import type { Messages } from '../define'

/** AWS's own names for the services, as on its pricing pages. */
const SERVICE: Record<PriceService, string> = {
  ec2: 'EC2',
  rds: 'RDS',
  elasticache: 'ElastiCache',
  fargate: 'Fargate',
  nat_gateway: 'NAT gateway',
  vpc_endpoint: 'VPC endpoints',
  public_ipv4: 'Public IPv4 addresses',
  alb: 'Application Load Balancer',
  nlb: 'Network Load Balancer',
  ebs: 'EBS',
  backup: 'AWS Backup',
  cloudwatch: 'CloudWatch',
  waf: 'WAF',
  cloudfront: 'CloudFront',
  route53: 'Route 53',
  data_transfer: 'Data transfer',
  other: 'Other',
}

const count = (n: number) => formatNumber(n, 'en')

/** The price list's filters and counts, in English. */
export const priceListView: Messages<PriceListViewReason> = {
  'price-list-view.filters': () => 'Filter the prices',
  'price-list-view.service': () => 'Service',
  'price-list-view.price-region': () => 'Price region',
  'price-list-view.region-option': (p) => `${regionName(p.region)} (${p.region})`,
  'price-list-view.basis': () => 'Basis',
  'price-list-view.search': () => 'Key or class',
  'price-list-view.search-hint': () => 'db.t3.large, t3.medium, gp2…',
  'price-list-view.all-services': () => 'All services',
  'price-list-view.all-bases': () => 'All bases',
  'price-list-view.service-name': (p) => SERVICE[p.service],
  'price-list-view.col-source': () => 'Source',
  'price-list-view.override-source': () => 'this design’s own price (pricing.overrides)',
  'price-list-view.col-date': () => 'Date',
  'price-list-view.count': (p) =>
    p.shown < p.matching
      ? `${count(p.matching)} of ${count(p.total)} prices match; the first ${count(p.shown)} are shown. Narrow the list with the filters or the search.`
      : `${count(p.matching)} of ${count(p.total)} prices.`,
  'price-list-view.none': () => 'No price matches these filters.',
}
