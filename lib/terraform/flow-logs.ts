import { VPC, nameTag, type ExportContext } from './context'
import { addServiceRole } from './iam'
import { toLogRetentionDays } from './log-retention'

/** VPC flow logs (all traffic) into a CloudWatch log group, written by a role only for that group. */
export function addFlowLogs(ctx: ExportContext): void {
  if (!ctx.config.network.flowLogs) return
  const logGroup = ctx.doc.resource('aws_cloudwatch_log_group', 'vpc_flow_logs', {
    name: `/vpc/${ctx.project}/flow-logs`,
    retention_in_days: toLogRetentionDays(ctx.config.monitoring.logRetentionDays),
    tags: nameTag(`${ctx.config.name} VPC flow logs`, 'vpc-flow-logs'),
  })
  const { role } = addServiceRole(ctx, 'vpc_flow_logs', {
    service: 'vpc-flow-logs.amazonaws.com',
    description: 'Lets VPC Flow Logs write to its CloudWatch log group',
  })
  ctx.doc.resource('aws_iam_role_policy', 'vpc_flow_logs', {
    name: 'write-flow-logs',
    role: role.ref('id'),
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
          Resource: [logGroup.ref('arn'), `${logGroup.ref('arn')}:*`],
        },
      ],
    }),
  })
  ctx.doc.resource('aws_flow_log', 'main', {
    vpc_id: VPC.ref('id'),
    traffic_type: 'ALL',
    log_destination_type: 'cloud-watch-logs',
    log_destination: logGroup.ref('arn'),
    iam_role_arn: role.ref('arn'),
    max_aggregation_interval: 60,
    tags: nameTag(`${ctx.config.name} VPC flow logs`, 'vpc-flow-logs'),
  })
}
