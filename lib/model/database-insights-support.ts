import type { Database } from './architecture'

/**
 * Classes on which RDS for MySQL (and MariaDB) cannot run Database Insights or Performance
 * Insights (RDS User Guide, "Amazon RDS DB engine, Region, and instance class support for
 * Database Insights"); RDS for PostgreSQL has no class restriction.
 */
const MYSQL_CLASSES_WITHOUT_INSIGHTS = new Set(['db.t2.micro', 'db.t2.small', 'db.t3.micro', 'db.t3.small', 'db.t4g.micro', 'db.t4g.small'])

/** Whether RDS can turn Database Insights on for this engine and class; where it cannot, none is exported or priced. */
export function supportsDatabaseInsights(db: Pick<Database, 'engine' | 'instanceClass'>): boolean {
  return db.engine !== 'mysql' || !MYSQL_CLASSES_WITHOUT_INSIGHTS.has(db.instanceClass)
}
