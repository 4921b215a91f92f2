/** The AWS services ArchDeck's price keys name, by the key's first segment (a reservation's second). */
export const PRICE_SERVICES = [
  'ec2',
  'rds',
  'elasticache',
  'fargate',
  'nat_gateway',
  'vpc_endpoint',
  'public_ipv4',
  'alb',
  'nlb',
  'ebs',
  'backup',
  'cloudwatch',
  'waf',
  'cloudfront',
  'route53',
  'data_transfer',
  'other',
] as const
export type PriceService = (typeof PRICE_SERVICES)[number]

const KNOWN_SERVICES = new Set<string>(PRICE_SERVICES)

/**
 * The service a price key belongs to: 'rds.mysql.db.t3.large.multi_az.hour' → 'rds',
 * 'reserved.ec2.t3.micro.linux.1yr_all_upfront.effective_hour' → 'ec2'; a segment not listed → 'other'.
 */
export function serviceOfPriceKey(key: string): PriceService {
  const [first, second] = key.split('.')
  const segment = first === 'reserved' ? second : first
  return segment !== undefined && segment !== 'other' && KNOWN_SERVICES.has(segment) ? (segment as PriceService) : 'other'
}
