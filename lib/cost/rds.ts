import type { ArchitectureConfig } from '../model'
import { lookupPrice } from '../pricing'
import { HOURS_PER_MONTH, priceLine, type CostLine } from './cost-line'
import { purchaseLabel, rdsHourlyPrice } from './instance-price'

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
  const { region } = config
  const deployment = db.multiAz ? 'Multi-AZ' : 'Single-AZ'
  const lines: CostLine[] = [
    priceLine({
      id: 'rds-instance',
      component: 'database',
      label: `RDS ${db.engine} ${db.instanceClass} ${deployment} ${purchaseLabel(db.purchase)}`,
      unit: 'instance-hours',
      quantity: HOURS_PER_MONTH,
      price: rdsHourlyPrice(region, db.engine, db.instanceClass, db.multiAz, db.purchase),
      quantityText: `1 × ${db.instanceClass} ${deployment} × ${HOURS_PER_MONTH} h`,
      priceSuffix: '/h',
    }),
    priceLine({
      id: 'rds-storage',
      component: 'database',
      label: `RDS ${db.storageType} storage ${deployment}`,
      unit: 'GB-month',
      quantity: db.storageGb,
      price: lookupPrice(region, `rds.storage.${db.storageType}.${db.multiAz ? 'multi_az' : 'single_az'}.gb_month`),
      quantityText: `${db.storageGb} GB`,
      priceSuffix: '/GB-month',
    }),
  ]
  if (db.readReplicas > 0) {
    lines.push(
      priceLine({
        id: 'rds-read-replicas',
        component: 'database',
        label: `RDS read replicas (${db.instanceClass} Single-AZ)`,
        unit: 'instance-hours',
        quantity: db.readReplicas * HOURS_PER_MONTH,
        price: rdsHourlyPrice(region, db.engine, db.instanceClass, false, 'on-demand'),
        quantityText: `${db.readReplicas} replica × ${HOURS_PER_MONTH} h`,
        priceSuffix: '/h',
      }),
      priceLine({
        id: 'rds-replica-storage',
        component: 'database',
        label: `RDS read replica ${db.storageType} storage`,
        unit: 'GB-month',
        quantity: db.readReplicas * db.storageGb,
        price: lookupPrice(region, `rds.storage.${db.storageType}.single_az.gb_month`),
        quantityText: `${db.readReplicas} × ${db.storageGb} GB`,
        priceSuffix: '/GB-month',
      }),
    )
  }
  if (db.insights === 'advanced') {
    const vcpus = dbInstanceVcpus(db.instanceClass)
    const price = lookupPrice(region, 'rds.database_insights.advanced.vcpu_hour')
    const instances = 1 + db.readReplicas
    lines.push(
      priceLine({
        id: 'rds-database-insights',
        component: 'monitoring',
        label: 'CloudWatch Database Insights (advanced)',
        unit: 'vCPU-hours',
        quantity: vcpus === undefined ? Number.NaN : instances * vcpus * HOURS_PER_MONTH,
        price: vcpus === undefined ? { status: 'unknown', key: `vcpus of ${db.instanceClass}`, unit: 'vCPUs', note: 'instance class not in the vCPU table' } : price,
        quantityText: `${instances} instance × ${vcpus ?? '?'} vCPU × ${HOURS_PER_MONTH} h`,
        priceSuffix: '/vCPU-h',
      }),
    )
  }
  return lines
}
