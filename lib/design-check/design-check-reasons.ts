import type { Reason } from '../explain/reason'
import type { VpcEndpoint } from '../model'

type Check<Code extends string, Params extends object> = Reason<`design.${Code}`, Params>

/**
 * Why a design cannot run as drawn: each is a fact AWS enforces when the resources start, not a
 * preference. Keys of the `design` namespace; lib/i18n/catalog/<language>/design.ts words them.
 */
export type DesignBlocker =
  /** Private ECS tasks cannot pull their image: no NAT or public IP, and not all of ECR's endpoints. */
  | Check<'no-image-pull-path', { services: string[]; missingEndpoints: VpcEndpoint[] }>
  /** The awslogs driver cannot reach CloudWatch Logs, so the task fails to start. */
  | Check<'no-logs-path', { services: string[] }>
  /** ECS cannot read the database secret the task definition names, so the task fails to start. */
  | Check<'no-secrets-path', { services: string[] }>
  /** Private EC2 instances reach neither the internet nor the S3 endpoint their package repositories sit behind. */
  | Check<'no-instance-egress', { services: string[] }>
  /** The tasks' security groups allow no HTTPS out, so every AWS API call above is refused at the group. */
  | Check<'https-egress-blocked', { services: string[]; securityGroups: string[] }>
  /** A NAT gateway forwards through the internet gateway; without one it has no way out. */
  | Check<'nat-without-internet-gateway', Record<string, never>>
  /** AWS refuses an internet-facing load balancer in a VPC without an internet gateway. */
  | Check<'public-load-balancer-without-internet-gateway', { loadBalancer: string }>

export type DesignBlockerCode = DesignBlocker['code']
