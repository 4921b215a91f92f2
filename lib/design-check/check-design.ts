import { listDatabaseClients, type ArchitectureConfig, type SecurityGroup, type Service } from '../model'
import { listMissingImagePullEndpoints } from '../network'
import type { DesignBlocker } from './design-check-reasons'
import { appEgress, hasEndpoints } from './egress-path'

/** What the design check found: every blocker stops the design from running as drawn. */
export type DesignCheck = { runnable: boolean; blockers: DesignBlocker[] }

const isFargate = (s: Service) => s.compute.kind === 'fargate'
const names = (services: Service[]) => services.map((s) => s.name)

/**
 * Runs before the stakeholders' answers: a design that cannot start has no recovery, capacity or
 * budget worth grading. Example: SwiftLogix with "NAT gateways: None" and no endpoints →
 * no-image-pull-path (its Fargate tasks cannot pull from ECR), no-logs-path, no-secrets-path.
 */
export function checkDesign(config: ArchitectureConfig): DesignCheck {
  const blockers = [...checkNetwork(config), ...checkTaskEgress(config), ...checkInstanceEgress(config)]
  return { runnable: blockers.length === 0, blockers }
}

function checkNetwork(config: ArchitectureConfig): DesignBlocker[] {
  const { internetGateway, nat } = config.network
  if (internetGateway) return []
  const blockers: DesignBlocker[] = []
  // VPC User Guide, "NAT gateways": a public NAT gateway routes to the internet gateway of its VPC.
  if (nat.mode === 'single' || nat.mode === 'per-az') blockers.push({ code: 'design.nat-without-internet-gateway', params: {} })
  // Elastic Load Balancing refuses an internet-facing load balancer in a VPC with no internet gateway.
  for (const lb of config.loadBalancers.filter((l) => l.scheme === 'external'))
    blockers.push({ code: 'design.public-load-balancer-without-internet-gateway', params: { loadBalancer: lb.name } })
  return blockers
}

/**
 * Fargate tasks in the app tier: ECS pulls the image, sends logs with the awslogs driver (every
 * exported task definition uses it) and reads the database secret when the task starts; each call
 * needs a NAT or public address, or the service's interface endpoint (Amazon ECS Developer Guide,
 * "Amazon ECS interface VPC endpoints": ecr.api, ecr.dkr, S3, logs, secretsmanager).
 */
function checkTaskEgress(config: ArchitectureConfig): DesignBlocker[] {
  const tasks = config.services.filter(isFargate)
  if (tasks.length === 0) return []
  const shut = new Set(config.securityGroups.filter((sg) => !allowsHttpsOut(sg)).map((sg) => sg.id))
  // A task can call out when any one of its groups allows it (security group rules are a union).
  const walledIn = tasks.filter((s) => s.securityGroups.every((g) => shut.has(g)))
  if (walledIn.length > 0) {
    const groups = config.securityGroups.filter((sg) => shut.has(sg.id) && walledIn.some((s) => s.securityGroups.includes(sg.id)))
    return [{ code: 'design.https-egress-blocked', params: { services: names(walledIn), securityGroups: groups.map((g) => g.name) } }]
  }
  if (appEgress(config) !== 'none') return []
  const blockers: DesignBlocker[] = []
  // Amazon ECR User Guide, "interface VPC endpoints": ecr.api, ecr.dkr and the S3 gateway (layers live in S3).
  const missingEndpoints = listMissingImagePullEndpoints(config.network)
  if (missingEndpoints.length > 0) blockers.push({ code: 'design.no-image-pull-path', params: { services: names(tasks), missingEndpoints } })
  if (!hasEndpoints(config, ['logs'])) blockers.push({ code: 'design.no-logs-path', params: { services: names(tasks) } })
  const clients = new Set(listDatabaseClients(config).map((s) => s.id))
  const readingSecrets = tasks.filter((s) => clients.has(s.id))
  if (readingSecrets.length > 0 && !hasEndpoints(config, ['secretsmanager'])) blockers.push({ code: 'design.no-secrets-path', params: { services: names(readingSecrets) } })
  return blockers
}

/**
 * EC2 Auto Scaling instances in the app tier install and update packages at launch; Amazon
 * Linux's repositories are served from S3, so a NAT, a public address or the S3 gateway
 * endpoint will do (Amazon Linux 2023 User Guide, "Package repositories" via S3 endpoints).
 */
function checkInstanceEgress(config: ArchitectureConfig): DesignBlocker[] {
  const instances = config.services.filter((s) => !isFargate(s))
  if (instances.length === 0 || appEgress(config) !== 'none' || hasEndpoints(config, ['s3'])) return []
  return [{ code: 'design.no-instance-egress', params: { services: names(instances) } }]
}

/** Whether a group's egress rules (when written) let TCP 443 out. */
function allowsHttpsOut(sg: SecurityGroup): boolean {
  // Omitted egress is AWS's default "all traffic out".
  if (!sg.egress) return true
  return sg.egress.some((rule) => rule.protocol === 'all' || (rule.protocol === 'tcp' && rule.fromPort <= 443 && 443 <= rule.toPort))
}
