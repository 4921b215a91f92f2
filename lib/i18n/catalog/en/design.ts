import type { DesignBlocker } from '../../../design-check/design-check-reasons'
import { joinList } from '../../join-list'
import type { DesignUiReason } from '../design-ui-reasons'
import type { Messages } from '../define'

const list = (items: readonly string[]) => joinList(items, 'en')

/** Why a design cannot run, in English: what fails, and what would let it run. */
export const design: Messages<DesignBlocker | DesignUiReason> = {
  'design.no-image-pull-path': ({ services, missingEndpoints }) =>
    `${list(services)} cannot pull their container images: the app subnets have no NAT and no VPC endpoint for ${list(missingEndpoints)}. Add a NAT gateway, or the ECR (ecr-api, ecr-dkr) and S3 endpoints.`,
  'design.no-logs-path': ({ services }) => `${list(services)} cannot send logs with the awslogs driver, so their tasks fail to start: add a NAT gateway or a CloudWatch Logs (logs) endpoint.`,
  'design.no-secrets-path': ({ services }) =>
    `${list(services)} cannot read the database secret when their tasks start: add a NAT gateway or a Secrets Manager (secretsmanager) endpoint.`,
  'design.no-instance-egress': ({ services }) =>
    `${list(services)} run on instances that reach neither the internet nor S3, so they cannot install or update packages: add a NAT gateway or an S3 gateway endpoint.`,
  'design.https-egress-blocked': ({ services, securityGroups }) =>
    `The security group${securityGroups.length === 1 ? '' : 's'} ${list(securityGroups)} allow${securityGroups.length === 1 ? 's' : ''} no HTTPS out, so ${list(services)} cannot reach ECR, CloudWatch Logs or Secrets Manager: allow TCP 443 out.`,
  'design.nat-without-internet-gateway': () => 'The NAT gateway has no internet gateway to send traffic through: add an internet gateway.',
  'design.public-load-balancer-without-internet-gateway': ({ loadBalancer }) => `AWS refuses to create the internet-facing ${loadBalancer} in a VPC without an internet gateway: add one, or make it internal.`,
  'design.ui.cannot-run': ({ reasons }) => `Cannot run: ${reasons === 1 ? 'one problem stops' : `${reasons} problems stop`} this design from starting`,
  'design.ui.cannot-start': () => 'Cannot start',
  'design.ui.views-note': () => 'This design cannot start (see above). The answers below describe it as it would run once those problems are fixed; none of them holds today.',
  'design.ui.export-header': () => 'ArchDeck: this design cannot run as drawn. Fix these before applying:',
}
