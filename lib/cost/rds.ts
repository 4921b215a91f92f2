import { supportsDatabaseInsights, type ArchitectureConfig } from '../model'
import { designPrice } from './design-price'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { count, gb, hours } from './factors'
import { rdsHourlyPrice } from './instance-price'

/** vCPUs per DB instance class (AWS instance class tables); Database Insights bills per vCPU. */
const DB_CLASS_VCPUS: Record<string, number> = {
  'db.t3.micro': 2,
  'db.t3.small': 2,
  'db.t3.medium': 2,
  'db.t4g.micro': 2,
  'db.t4g.small': 2,
  'db.t4g.medium': 2,
  'db.m5.large': 2,
  'db.m6g.large': 2,
  'db.m7g.large': 2,
}

function dbInstanceVcpus(instanceClass: string): number | undefined {
  return DB_CLASS_VCPUS[instanceClass]
}

/**
 * RDS: instance hours (Multi-AZ bills the standby too, so its hourly price is about double),
 * provisioned storage, read replicas, and Database Insights.
 * Seed 000: db.t3.micro Single-AZ 730 h × $0.018 = $13.14; 20 GB × $0.115 = $2.30;
 * advanced Database Insights 2 vCPU × 730 h × $0.0125 = $18.25.
 */
export function priceRds(config: ArchitectureConfig): CostLine[] {
  const db = config.database
  const lines: CostLine[] = [
    priceLine({
      id: 'rds-instance',
      component: 'database',
      label: { code: 'cost.label.rds-instance', params: { engine: db.engine, instanceClass: db.instanceClass, multiAz: db.multiAz, purchase: db.purchase } },
      unit: 'instance-hours',
      quantity: HOURS_PER_MONTH,
      ...rdsHourlyPrice(config, db.engine, db.instanceClass, db.multiAz, db.purchase),
      factors: [count(1), { code: 'cost.qty.db-instance', params: { instanceClass: db.instanceClass, multiAz: db.multiAz } }, hours()],
      per: 'hour',
    }),
    priceLine({
      id: 'rds-storage',
      component: 'database',
      label: { code: 'cost.label.rds-storage', params: { storageType: db.storageType, multiAz: db.multiAz } },
      unit: 'GB-month',
      quantity: db.storageGb,
      ...designPrice(config, `rds.storage.${db.storageType}.${db.multiAz ? 'multi_az' : 'single_az'}.gb_month`),
      factors: [gb(db.storageGb)],
      per: 'gb-month',
    }),
  ]
  if (db.readReplicas > 0) {
    lines.push(
      priceLine({
        id: 'rds-read-replicas',
        component: 'database',
        label: { code: 'cost.label.rds-read-replicas', params: { instanceClass: db.instanceClass } },
        unit: 'instance-hours',
        quantity: db.readReplicas * HOURS_PER_MONTH,
        ...rdsHourlyPrice(config, db.engine, db.instanceClass, false, 'on-demand'),
        factors: [{ code: 'cost.qty.replicas', params: { replicas: db.readReplicas } }, hours()],
        per: 'hour',
      }),
      priceLine({
        id: 'rds-replica-storage',
        component: 'database',
        label: { code: 'cost.label.rds-replica-storage', params: { storageType: db.storageType } },
        unit: 'GB-month',
        quantity: db.readReplicas * db.storageGb,
        ...designPrice(config, `rds.storage.${db.storageType}.single_az.gb_month`),
        factors: [count(db.readReplicas), gb(db.storageGb)],
        per: 'gb-month',
      }),
    )
  }
  // Priced only where RDS can turn it on: MySQL on the smallest classes cannot (supportsDatabaseInsights).
  if (db.insights === 'advanced' && supportsDatabaseInsights(db)) {
    const vcpus = dbInstanceVcpus(db.instanceClass)
    const insightsPrice = designPrice(config, 'rds.database_insights.advanced.vcpu_hour')
    const instances = 1 + db.readReplicas
    lines.push(
      priceLine({
        id: 'rds-database-insights',
        component: 'monitoring',
        label: { code: 'cost.label.database-insights', params: {} },
        unit: 'vCPU-hours',
        quantity: vcpus === undefined ? Number.NaN : instances * vcpus * HOURS_PER_MONTH,
        ...(vcpus === undefined ? { price: { status: 'unknown', key: `vcpus of ${db.instanceClass}`, unit: 'vCPUs', listed: false, note: null } } : insightsPrice),
        unknownBecause: vcpus === undefined ? { code: 'cost.source.vcpus-unknown', params: { instanceClass: db.instanceClass } } : undefined,
        factors: [{ code: 'cost.qty.instances', params: { instances } }, { code: 'cost.qty.vcpu', params: { vcpu: vcpus ?? null } }, hours()],
        per: 'vcpu-hour',
      }),
    )
  }
  return lines
}
