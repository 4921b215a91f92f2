import type { ExportContext } from './context'
import { escapeTemplate } from './escape'
import { autoScalingGroupRef } from './compute-asg'
import { ECS_CLUSTER, ecsServiceRef, isFargate } from './compute-ecs'
import { DB_INSTANCE, readReplicaRef } from './database'
import type { JsonObject } from './json'
import { loadBalancerRef } from './load-balancers'
import { toTerraformName } from './names'

const FIVE_MINUTES = 300
const BYTES_PER_GB = 1024 ** 3

type AlarmSpec = {
  name: string
  label: string
  namespace: string
  metric: string
  statistic: 'Average' | 'Minimum' | 'Sum'
  comparison: 'GreaterThanThreshold' | 'LessThanThreshold'
  threshold: number
  dimensions: Record<string, string>
}

/**
 * `monitoring.alarms` CloudWatch alarms, taken in order from: RDS CPU and free storage, per ALB
 * its own 5xx and its targets' 5xx, CPU per service, CPU per read replica. Dashboards are not exported.
 * Returns how many alarms were written.
 */
export function addMonitoring(ctx: ExportContext): { alarms: number } {
  const { alarms, dashboards } = ctx.config.monitoring
  const candidates = alarmCandidates(ctx)
  const chosen = candidates.slice(0, alarms)
  if (alarms > candidates.length)
    ctx.doc.note(`Monitoring: ${alarms} alarms were asked for; the export writes the ${candidates.length} it has templates for.`)
  if (dashboards > 0) ctx.doc.note(`Monitoring: ${dashboards} dashboard(s) are priced but not exported.`)
  if (chosen.length === 0) return { alarms: 0 }
  const actions = ctx.doc.variable('alarm_action_arns', {
    type: 'list(string)',
    description: 'ARNs notified when an alarm fires or clears (e.g. an SNS topic); empty = no notifications',
    default: [],
  })
  for (const alarm of chosen) ctx.doc.resource('aws_cloudwatch_metric_alarm', alarm.name, alarmBody(ctx, alarm, actions))
  return { alarms: chosen.length }
}

function alarmCandidates(ctx: ExportContext): AlarmSpec[] {
  const { database } = ctx.config
  const db = { DBInstanceIdentifier: DB_INSTANCE.ref('identifier') }
  const rds: AlarmSpec[] = [
    { name: 'rds_cpu', label: 'database CPU above 80%', namespace: 'AWS/RDS', metric: 'CPUUtilization', statistic: 'Average', comparison: 'GreaterThanThreshold', threshold: 80, dimensions: db },
    {
      name: 'rds_free_storage',
      label: 'database free storage below 10%',
      namespace: 'AWS/RDS',
      metric: 'FreeStorageSpace',
      statistic: 'Minimum',
      comparison: 'LessThanThreshold',
      threshold: Math.round(database.storageGb * BYTES_PER_GB * 0.1),
      dimensions: db,
    },
  ]
  const albs = ctx.config.loadBalancers.flatMap((lb): AlarmSpec[] => {
    const name = toTerraformName(lb.id)
    const dimensions = { LoadBalancer: loadBalancerRef(lb.id).ref('arn_suffix') }
    const common = { namespace: 'AWS/ApplicationELB', statistic: 'Sum', comparison: 'GreaterThanThreshold', threshold: 10, dimensions } as const
    return [
      { ...common, name: `lb_${name}_elb_5xx`, label: `load balancer ${lb.id}: more than 10 of its own 5xx in 5 minutes`, metric: 'HTTPCode_ELB_5XX_Count' },
      { ...common, name: `lb_${name}_target_5xx`, label: `load balancer ${lb.id}: more than 10 target 5xx in 5 minutes`, metric: 'HTTPCode_Target_5XX_Count' },
    ]
  })
  const cpuHigh = { statistic: 'Average', comparison: 'GreaterThanThreshold', threshold: 80 } as const
  const services = ctx.config.services.map((service): AlarmSpec => {
    const label = `service ${service.id}: CPU above 80%`
    const name = `${toTerraformName(service.id)}_cpu`
    return isFargate(service)
      ? { ...cpuHigh, name: `ecs_${name}`, label, namespace: 'AWS/ECS', metric: 'CPUUtilization', dimensions: { ClusterName: ECS_CLUSTER.ref('name'), ServiceName: ecsServiceRef(service.id).ref('name') } }
      : { ...cpuHigh, name: `asg_${name}`, label, namespace: 'AWS/EC2', metric: 'CPUUtilization', dimensions: { AutoScalingGroupName: autoScalingGroupRef(service.id).ref('name') } }
  })
  const replicas = Array.from({ length: database.readReplicas }, (_, i): AlarmSpec => ({
    ...cpuHigh,
    name: `rds_replica_${i + 1}_cpu`,
    label: `read replica ${i + 1}: CPU above 80%`,
    namespace: 'AWS/RDS',
    metric: 'CPUUtilization',
    dimensions: { DBInstanceIdentifier: readReplicaRef(i + 1).ref('identifier') },
  }))
  return [...rds, ...albs, ...services, ...replicas]
}

function alarmBody(ctx: ExportContext, alarm: AlarmSpec, actions: string): JsonObject {
  return {
    alarm_name: ctx.names.claim('alarm', alarm.name.replace(/_/g, '-'), 255),
    alarm_description: `${escapeTemplate(ctx.config.name)}: ${alarm.label}`,
    namespace: alarm.namespace,
    metric_name: alarm.metric,
    statistic: alarm.statistic,
    period: FIVE_MINUTES,
    evaluation_periods: 3,
    datapoints_to_alarm: 2,
    comparison_operator: alarm.comparison,
    threshold: alarm.threshold,
    dimensions: alarm.dimensions,
    // No requests means no errors, not an unknown state.
    treat_missing_data: alarm.statistic === 'Sum' ? 'notBreaching' : 'missing',
    alarm_actions: actions,
    ok_actions: actions,
  }
}
