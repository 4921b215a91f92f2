import type { ArchitectureConfig } from '../model'
import { lookupPrice } from '../pricing'
import { priceLine, type CostLine } from './cost-line'
import { gb } from './factors'

/** The first three CloudWatch dashboards are free. */
const FREE_DASHBOARDS = 3

/** CloudWatch Logs ingestion (application logs and VPC flow logs), alarms and dashboards. */
export function priceCloudWatch(config: ArchitectureConfig): CostLine[] {
  const m = config.monitoring
  const lines: CostLine[] = [
    priceLine({
      id: 'cloudwatch-logs',
      component: 'monitoring',
      label: { code: 'cost.label.cloudwatch-logs', params: {} },
      unit: 'GB',
      quantity: m.logsIngestedGbPerMonth,
      price: lookupPrice(config.region, 'cloudwatch.logs.ingestion_standard.gb'),
      factors: [gb(m.logsIngestedGbPerMonth)],
      per: 'gb',
    }),
  ]
  if (m.alarms > 0)
    lines.push(priceLine({ id: 'cloudwatch-alarms', component: 'monitoring', label: { code: 'cost.label.cloudwatch-alarms', params: {} }, unit: 'alarm-months', quantity: m.alarms, price: lookupPrice(config.region, 'cloudwatch.alarm.standard.alarm_month'), factors: [{ code: 'cost.qty.alarms', params: { alarms: m.alarms } }], per: 'alarm-month' }))
  const paidDashboards = Math.max(0, m.dashboards - FREE_DASHBOARDS)
  if (paidDashboards > 0)
    lines.push(priceLine({ id: 'cloudwatch-dashboards', component: 'monitoring', label: { code: 'cost.label.cloudwatch-dashboards', params: {} }, unit: 'dashboard-months', quantity: paidDashboards, price: lookupPrice(config.region, 'cloudwatch.dashboard.month'), factors: [{ code: 'cost.qty.paid-dashboards', params: { dashboards: m.dashboards, free: FREE_DASHBOARDS } }], per: 'dashboard-month' }))
  return lines
}
