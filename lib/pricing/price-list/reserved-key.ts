import type { Upfront } from './instance-prices'

/**
 * The catalog key of a standard reservation of the class an on-demand key names:
 * ec2.linux.t3.medium.hour → reserved.ec2.t3.medium.linux.1yr_partial_upfront.effective_hour,
 * rds.mysql.db.t3.small.multi_az.hour → reserved.rds.mysql.db.t3.small.multi_az.1yr_all_upfront.effective_hour,
 * elasticache.redis.cache.t3.micro.hour → reserved.elasticache.redis.cache.t3.micro.1yr_no_upfront.effective_hour.
 * The EC2 and ElastiCache forms are the ones data/prices already uses.
 */
export function reservedKeyOf(onDemandKey: string, years: 1 | 3, upfront: Upfront): string {
  const term = `${years}yr_${upfront}_upfront`
  const base = onDemandKey.replace(/\.hour$/, '')
  if (base.startsWith('ec2.linux.')) return `reserved.ec2.${base.slice('ec2.linux.'.length)}.linux.${term}.effective_hour`
  return `reserved.${base}.${term}.effective_hour`
}
