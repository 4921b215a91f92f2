import type { ArchitectureConfig } from '../model'
import { designPrice } from './design-price'
import { priceLine, type CostLine } from './cost-line'
import type { FormulaNote } from './cost-reasons'
import { gb } from './factors'

/**
 * CloudWatch's free tier (10 alarms, 5 GB of logs and 3 dashboards a month; AWS, Amazon CloudWatch
 * pricing, "Free tier") is per account and shared by every workload in it, so one design cannot
 * count on it: ArchDeck prices every alarm, GB and dashboard, and each line's formula says so.
 */
const FREE_TIER_NOT_APPLIED: FormulaNote = { code: 'cost.note.cloudwatch-free-tier-not-applied', params: { alarms: 10, logsGb: 5, dashboards: 3 } }

/** CloudWatch Logs ingestion (application logs and VPC flow logs), alarms and dashboards, with no free tier taken off. */
export function priceCloudWatch(config: ArchitectureConfig): CostLine[] {
  const m = config.monitoring
  const notes = [FREE_TIER_NOT_APPLIED]
  const lines: CostLine[] = [
    priceLine({
      id: 'cloudwatch-logs',
      component: 'monitoring',
      label: { code: 'cost.label.cloudwatch-logs', params: {} },
      unit: 'GB',
      quantity: m.logsIngestedGbPerMonth,
      ...designPrice(config, 'cloudwatch.logs.ingestion_standard.gb'),
      factors: [gb(m.logsIngestedGbPerMonth)],
      per: 'gb',
      notes,
    }),
  ]
  if (m.alarms > 0)
    lines.push(priceLine({ id: 'cloudwatch-alarms', component: 'monitoring', label: { code: 'cost.label.cloudwatch-alarms', params: {} }, unit: 'alarm-months', quantity: m.alarms, ...designPrice(config, 'cloudwatch.alarm.standard.alarm_month'), factors: [{ code: 'cost.qty.alarms', params: { alarms: m.alarms } }], per: 'alarm-month', notes }))
  if (m.dashboards > 0)
    lines.push(priceLine({ id: 'cloudwatch-dashboards', component: 'monitoring', label: { code: 'cost.label.cloudwatch-dashboards', params: {} }, unit: 'dashboard-months', quantity: m.dashboards, ...designPrice(config, 'cloudwatch.dashboard.month'), factors: [{ code: 'cost.qty.dashboards', params: { dashboards: m.dashboards } }], per: 'dashboard-month', notes }))
  return lines
}
