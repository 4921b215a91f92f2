import type { ExportContext } from './context'
import type { TfRef } from './names'

/**
 * Service principals whose trust policy can name the account the request comes from. AWS
 * recommends aws:SourceAccount there against the confused-deputy problem (IAM User Guide, "The
 * confused deputy problem"; ECS Developer Guide, "Task IAM role"; VPC User Guide, "IAM role for
 * publishing flow logs"). EC2 instance profiles are not among them: EC2 does not pass the key
 * when it assumes a role.
 */
const SOURCE_ACCOUNT_SERVICES = new Set(['ecs-tasks.amazonaws.com', 'vpc-flow-logs.amazonaws.com'])

/** Trust policy letting one AWS service assume a role: assumeRolePolicy(ctx, 'ecs-tasks.amazonaws.com'). */
function assumeRolePolicy(ctx: ExportContext, service: string): string {
  const statement: Record<string, unknown> = { Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }
  if (SOURCE_ACCOUNT_SERVICES.has(service)) {
    const account = ctx.doc.data('aws_caller_identity', 'current', {}).ref('account_id')
    statement.Condition = { StringEquals: { 'aws:SourceAccount': account } }
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] })
}

export type ServiceRole = { role: TfRef; attachments: TfRef[] }

/** An IAM role for `service` with AWS managed policies attached (one attachment resource each). */
export function addServiceRole(
  ctx: ExportContext,
  name: string,
  options: { service: string; description: string; managedPolicyArns?: readonly string[] },
): ServiceRole {
  const role = ctx.doc.resource('aws_iam_role', name, {
    name: ctx.names.claim('iam-role', name.replace(/_/g, '-'), 64),
    description: options.description,
    assume_role_policy: assumeRolePolicy(ctx, options.service),
  })
  const attachments = (options.managedPolicyArns ?? []).map((arn, i) =>
    ctx.doc.resource('aws_iam_role_policy_attachment', `${name}${i ? `_${i + 1}` : ''}`, {
      role: role.ref('name'),
      policy_arn: arn,
    }),
  )
  return { role, attachments }
}
