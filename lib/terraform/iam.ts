import type { ExportContext } from './context'
import type { TfRef } from './names'

/** Trust policy letting one AWS service assume a role: assumeRolePolicy('ecs-tasks.amazonaws.com'). */
function assumeRolePolicy(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  })
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
    assume_role_policy: assumeRolePolicy(options.service),
  })
  const attachments = (options.managedPolicyArns ?? []).map((arn, i) =>
    ctx.doc.resource('aws_iam_role_policy_attachment', `${name}${i ? `_${i + 1}` : ''}`, {
      role: role.ref('name'),
      policy_arn: arn,
    }),
  )
  return { role, attachments }
}
