/** Instance prices are keyed by class (ec2.linux.t3.small.hour, rds.mysql.db.t3.small.multi_az.hour, …). */
const INSTANCE_KEY = /^(?:reserved\.|savings_plan\.)?(?:ec2\.linux\.|ec2\.|rds\.[a-z]+\.|elasticache\.[a-z]+\.)((?:db\.|cache\.)?[a-z0-9-]+\.[a-z0-9-]+)\./

/**
 * The instance class a price key prices, or null for a price of no class (storage, NAT, Fargate).
 * Example: 'reserved.rds.mysql.db.t3.small.multi_az.1yr_all_upfront.effective_hour' → 'db.t3.small'.
 */
export function instanceClassOf(key: string): string | null {
  return INSTANCE_KEY.exec(key)?.[1] ?? null
}
