import type { ArchitectureConfig } from '../../model'
import { note, type MapContext } from './context'
import { blocks, num, str } from './instances'

type Monitoring = ArchitectureConfig['monitoring']

/** Log retention (the longest of the log groups), alarms and dashboards counted, Container Insights from the cluster's setting. */
export function mapMonitoring(ctx: MapContext): Monitoring {
  const { index, report, facts } = ctx
  const groups = index.ofType('aws_cloudwatch_log_group')
  for (const g of groups) report.understood(g, 'monitoring.logRetentionDays')
  const retentions = groups.map((g) => num(g.values.retention_in_days)).filter((d): d is number => d !== undefined && d > 0)
  const alarms = index.ofType('aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm')
  for (const a of alarms) report.understood(a, 'monitoring.alarms')
  const dashboards = index.ofType('aws_cloudwatch_dashboard')
  for (const d of dashboards) report.understood(d, 'monitoring.dashboards')
  const clusterInsights = index
    .ofType('aws_ecs_cluster')
    .flatMap((c) => blocks(c.values.setting))
    .find((s) => s.name === 'containerInsights')
  const logs = facts?.monitoring?.logsIngestedGbPerMonth
  if (logs === undefined) report.assumed('monitoring.logsIngestedGbPerMonth', 0, note('assumed.not-in-terraform', { field: 'logsIngestedGbPerMonth' }))
  const retention = facts?.monitoring?.logRetentionDays ?? (retentions.length ? Math.max(...retentions) : undefined)
  if (retention === undefined) report.assumed('monitoring.logRetentionDays', 30, note('assumed.not-in-terraform', { field: 'retention_in_days' }))
  const insights = clusterInsights ? ['enabled', 'enhanced'].includes(str(clusterInsights.value) ?? '') : facts?.monitoring?.containerInsights ?? false
  return {
    containerInsights: insights,
    logsIngestedGbPerMonth: logs ?? 0,
    logRetentionDays: Math.min(3653, retention ?? 30),
    alarms: Math.min(10_000, facts?.monitoring?.alarms ?? alarms.length),
    dashboards: Math.min(1000, facts?.monitoring?.dashboards ?? dashboards.length),
  }
}
