import type { ArchitectureConfig } from '../model'
import { lookupPrice } from '../pricing'
import { fmt } from '../explain/figure'
import { priceLine, type CostLine } from './cost-line'

/** The first three CloudWatch dashboards are free. */
const FREE_DASHBOARDS = 3

/** CloudWatch Logs ingestion (application logs and VPC flow logs), alarms and dashboards. */
export function priceCloudWatch(config: ArchitectureConfig): CostLine[] {
  const m = config.monitoring
  const lines: CostLine[] = [
    priceLine({
      id: 'cloudwatch-logs',
      component: 'monitoring',
      label: 'CloudWatch Logs ingestion',
      unit: 'GB',
      quantity: m.logsIngestedGbPerMonth,
      price: lookupPrice(config.region, 'cloudwatch.logs.ingestion_standard.gb'),
      quantityText: `${fmt(m.logsIngestedGbPerMonth)} GB`,
      priceSuffix: '/GB',
    }),
  ]
  if (m.alarms > 0)
    lines.push(priceLine({ id: 'cloudwatch-alarms', component: 'monitoring', label: 'CloudWatch alarms', unit: 'alarm-months', quantity: m.alarms, price: lookupPrice(config.region, 'cloudwatch.alarm.standard.alarm_month'), quantityText: `${m.alarms} alarms`, priceSuffix: '/alarm-month' }))
  const paidDashboards = Math.max(0, m.dashboards - FREE_DASHBOARDS)
  if (paidDashboards > 0)
    lines.push(priceLine({ id: 'cloudwatch-dashboards', component: 'monitoring', label: 'CloudWatch dashboards', unit: 'dashboard-months', quantity: paidDashboards, price: lookupPrice(config.region, 'cloudwatch.dashboard.month'), quantityText: `${m.dashboards} − ${FREE_DASHBOARDS} free dashboards`, priceSuffix: '/dashboard-month' }))
  return lines
}
