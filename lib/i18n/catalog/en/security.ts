import type { AdminEvidence, CompromiseStep, DefaultRoute, GroupPeers, Peer, SecurityReason } from '../../../security/security-reasons'
import { joinList } from '../../join-list'
import type { Messages } from '../define'

/** A reason inside another one's params, in English. */
const s = (reason: SecurityReason): string => (security[reason.code] as (params: SecurityReason['params']) => string)(reason.params)

const list = (items: readonly string[]): string => joinList(items, 'en')

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** '0.0.0.0/0 (Internet)', 'ECS-SG'; the same peer twice is named once. */
function peers(all: readonly Peer[]): string {
  const words = all.map((p) => ('group' in p ? p.group : 'prefixList' in p ? 'CloudFront (managed prefix list)' : p.label ? `${p.cidr} (${p.label})` : p.cidr))
  return list([...new Set(words)])
}

const ROUTE: Record<DefaultRoute, string> = { igw: 'IGW', 'igw-missing': 'IGW (missing)', nat: 'NAT (outbound only)', none: 'local only' }

function adminEvidence(p: AdminEvidence['params']): string {
  const sources = p.sshSources.join(', ')
  const bastion = {
    none: 'No bastion',
    'no-ssh': 'Bastion has no SSH ingress',
    restricted: `Bastion admits SSH only from ${sources}`,
    wide: `Bastion admits SSH from ${sources} (not only /32 addresses)`,
  }[p.bastion]
  const managed = [p.ssm ? 'SSM Session Manager' : '', p.instanceConnect ? 'EC2 Instance Connect Endpoint' : ''].filter(Boolean)
  const asked = { either: 'a bastion or SSM', ssm: 'SSM', bastion: 'a bastion' }[p.required]
  return `${[bastion, managed.length > 0 ? `${managed.join(' and ')} on` : 'no SSM or EC2 Instance Connect Endpoint', `policy asks for ${asked}`].join('; ')}.`
}

function admitting(port: number, groups: readonly GroupPeers[], only: boolean): string[] {
  return groups.map((g) => `${g.group} admits ${port} ${only ? 'only ' : ''}from ${peers(g.peers)}`)
}

function compromise(steps: readonly CompromiseStep[], relayedByAlb: boolean): string {
  if (steps.length === 0) return relayedByAlb ? ' (the ALB forwards this traffic by design)' : ''
  const names = steps.map((step) => ('resource' in step ? s(step.resource) : 'albTarget' in step ? 'the ALB target' : `the ${step.alb} target ${step.target}`))
  return ` (an attacker must compromise ${names.join(', then ')} first)`
}

/** Security in English: findings, defense layers and the reachability answer. */
export const security: Messages<SecurityReason> = {
  'security.route.none': () => 'no route to the internet gateway',
  'security.route.nat': () => 'its default route is a NAT gateway, which carries only outbound connections',
  'security.route.igw': () => 'default route to the internet gateway',
  'security.route.igw-missing': () => 'its default route names an internet gateway the VPC does not have',

  'security.resource.named': (p) => `the ${p.name}`,
  'security.resource.database': () => 'the database',
  'security.resource.cache': () => 'the cache',
  'security.resource.bastion': () => 'the bastion',
  'security.resource.nat-instance': () => 'the NAT instance',
  'security.resource.nat-gateway': (p) => `the NAT gateway in ${p.az}`,

  'security.exposure.alb-public': (p) => `${s(p.resource)} is internet-facing in the public tier (default route to the internet gateway)`,
  'security.exposure.alb-unroutable': (p) => `${s(p.resource)} is internet-facing but the public tier has ${s(p.route)}`,
  'security.exposure.alb-internal': (p) => `${s(p.resource)} is internal (private-app tier, no public address)`,
  'security.exposure.service-public-ip': (p) =>
    `${s(p.resource)} runs on EC2 instances with public IPs in the private-app tier (default route to the internet gateway)`,
  'security.exposure.service-no-public-address': (p) =>
    `${s(p.resource)} is in the private-app tier (default route to the internet gateway) but has no public address`,
  'security.exposure.isolated': (p) => `${s(p.resource)} is in the ${p.tier} tier (${s(p.route)})`,
  'security.exposure.db-public': () => 'the database is publicly accessible and its private-db tier routes to the internet gateway',
  'security.exposure.db-public-unroutable': (p) => `the database is publicly accessible but its private-db tier has ${s(p.route)}`,
  'security.exposure.db-not-public': () => 'the database is in the private-db tier (default route to the internet gateway) but is not publicly accessible',
  'security.exposure.cache': () => 'the cache is in the private-db tier and ElastiCache never takes a public address',
  'security.exposure.bastion-public': () => 'the bastion has a public IP in the public tier (default route to the internet gateway)',
  'security.exposure.bastion-unroutable': (p) => `the bastion has a public IP but the public tier has ${s(p.route)}`,
  'security.exposure.nat': () => 'a NAT only carries connections opened from inside the VPC',

  'security.admin.evidence': adminEvidence,

  'security.layer.vpc-isolation': () => 'VPC isolation',
  'security.layer.subnet-tiers': () => 'Subnet tiers',
  'security.layer.route-tables': () => 'Route-table control',
  'security.layer.security-groups': () => 'Least-privilege security groups',
  'security.layer.admin-access': () => 'Controlled admin access',
  'security.layer.db-least-privilege': () => 'DB user least privilege',
  'security.layer.logging-audit': () => 'Logging and audit',

  'security.evidence.vpc-private': (p) => `VPC ${p.cidr} is private (RFC 1918) address space; IPv6 is not used.`,
  'security.evidence.vpc-not-private': (p) => `VPC ${p.cidr} is not RFC 1918 private space.`,
  'security.evidence.subnet-tiers': (p) =>
    `${p.tiers.length} tiers × ${p.azCount} AZ: ${p.tiers.map((t) => `${t.tier} (${t.subnets.join(', ')})`).join('; ')}; ` +
    `the database sits in private-db${p.dbPublic ? ' but is publicly accessible' : ' with no public address'}.`,
  'security.evidence.routes': (p) => `Default routes: ${p.routes.map((r) => `${r.tier} → ${ROUTE[r.route]}`).join(', ')}.`,
  'security.evidence.sg-least-privilege': (p) =>
    `World-open ingress only on web ports of internet-facing ALBs; data-tier groups admit only ${p.dataPeers.join(', ') || 'nothing'}.`,
  'security.evidence.sg-violations': (p) => `Violations: ${p.findingIds.join(', ')}.`,
  'security.evidence.db-least-privilege': () => 'The app user may only SELECT, INSERT, UPDATE and DELETE (no DROP, ALTER, CREATE).',
  'security.evidence.db-privileged': () => 'The app user is not marked least-privilege: a compromised task could DROP or ALTER tables.',
  'security.evidence.logging': (p) =>
    `VPC flow logs are ${p.flowLogs ? 'on' : 'off'}${p.flowLogsRequired ? ' (required by the security policy)' : ''}; ` +
    `CloudWatch Logs keep ${p.retentionDays} days.`,

  'security.ports.all': (p) => `every port (${p.rules.join(', ')})`,
  'security.ports.ssh': (p) => `SSH (${p.port})`,
  'security.ports.rdp': (p) => `RDP (${p.port})`,
  'security.ports.data': (p) => p.ports.map((d) => `${d.engine} (${d.port})`).join(', '),
  'security.ports.web': (p) => `web ports ${p.ports.join(', ')} on ${p.carriers.length === 0 ? 'no resource yet' : p.carriers.map(s).join(', ')}`,
  'security.ports.other': (p) => p.rules.join(', '),

  'security.answers-only': (p) => `${s(p.resource)} answers only on ${p.ports.join(', ')}`,
  'security.nothing-listens': (p) => `nothing is known to listen on those ports on ${s(p.resource)}`,

  'security.note.no-carrier': () => 'No resource carries this group yet.',
  'security.note.reached': (p) => `The internet reaches ${p.reached.map((r) => `${r.target} on ${r.port}`).join(', ')} through it now.`,
  'security.note.unreached': (p) =>
    `Not reachable from the internet today: ${p.shields.map(s).join('; ')}; one route-table or public-access change would expose it.`,

  'security.finding.sg-world': (p) => `${p.group} admits ${s(p.ports)} from 0.0.0.0/0. ${s(p.note)}`,
  'security.finding.db-public': () => 'The database is publicly accessible: RDS gives it a public DNS name and address.',
  'security.finding.db-unencrypted': (p) =>
    `The database storage is not encrypted at rest.${p.policyRequires ? ' The security policy requires encryption.' : ''}`,
  'security.finding.db-in-internet-routable-subnet': () =>
    'The private-db route table sends 0.0.0.0/0 to the internet gateway, so the database subnets are public subnets.',
  'security.finding.cache-unencrypted': (p) =>
    `The cache is not encrypted at rest or in transit.${p.policyRequires ? ' The security policy requires encryption.' : ''}`,
  'security.finding.db-app-user-privileged': () =>
    "The application's database user may run DROP/ALTER/CREATE: a compromised task could destroy the schema.",
  'security.finding.data-sg-cidr-peer': (p) => `${p.group} admits address ranges (${p.ranges.join(', ')}) rather than only security groups.`,
  'security.finding.waf-off-with-cloudfront': () => 'CloudFront has no WAF web ACL: common exploits and bots reach the origin unfiltered.',
  'security.finding.alb-bypasses-cloudfront': (p) =>
    `${p.group} admits ${p.ports.join(', ')} from 0.0.0.0/0, so anyone can call ${p.loadBalancer} directly and skip CloudFront${p.waf ? ' and its WAF' : ''}.`,
  'security.finding.http-listener-without-redirect': (p) => `${p.loadBalancer} serves plain HTTP on ${p.ports.join(', ')} without redirecting to HTTPS.`,
  'security.finding.alb-keeps-invalid-headers': (p) =>
    `${p.loadBalancer} forwards HTTP headers with invalid names, which helps request-smuggling attacks.`,
  'security.finding.no-flow-logs': (p) =>
    `VPC flow logs are off: rejected and accepted connections leave no record.${p.policyRequires ? ' The security policy requires them.' : ''}`,
  'security.finding.container-insights-off': () => 'ECS Container Insights is off: per-task CPU, memory and restarts are not recorded.',
  'security.finding.vpc-cidr-not-private': (p) => `The VPC uses ${p.cidr}, which is not RFC 1918 private space.`,
  'security.finding.route-private-app-igw': () =>
    'The private-app route table sends 0.0.0.0/0 to the internet gateway: the app tier is a public subnet.',
  'security.finding.route-private-db-nat': () =>
    'The private-db route table has a default route through a NAT gateway; the data tier needs no internet at all.',
  'security.finding.public-ip-on-launch': (p) => `Instances launched in the ${p.tier} subnets get a public IPv4 address automatically.`,
  'security.finding.policy-breach': (p) =>
    `The security policy does not allow ${p.from} → ${p.to}, yet ${p.shown.map((e) => `${e.from} → ${e.to} on ${e.port} (${e.sgId})`).join(', ')}` +
    `${p.more > 0 ? ` and ${p.more} more` : ''}.`,
  'security.finding.no-admin-path': () =>
    'There is no bastion, SSM Session Manager or EC2 Instance Connect Endpoint: operators have no controlled way in.',
  'security.finding.admin-access-mismatch': (p) => `Admin access does not match the security policy: ${s(p.evidence)}`,
  'security.finding.bastion-ssh-not-single-host': (p) => `${p.group} admits SSH to the bastion from an address range wider than one host.`,

  'security.fix.sg-world-all-ports': () =>
    "Replace the all-ports rule with the single ports the resource serves, admitted from the callers' security group.",
  'security.fix.sg-world-ssh': () =>
    'Allow SSH only from the office /32, or drop it for SSM Session Manager or an EC2 Instance Connect Endpoint.',
  'security.fix.sg-world-rdp': () => 'Allow RDP only from known /32 addresses, or use SSM Fleet Manager.',
  'security.fix.sg-world-db-port': () => 'Admit the data port only from the security groups of the application and the bastion.',
  'security.fix.sg-world-web-port': () => "Serve the web through an internet-facing ALB and admit 80/443 here only from the ALB's security group.",
  'security.fix.sg-world-other-port': () => 'Admit these ports only from the security groups or /32 addresses that need them.',
  'security.fix.db-public': () => 'Set publicly accessible to off; reach the database through the bastion or SSM port forwarding.',
  'security.fix.db-unencrypted': () =>
    'Turn on storage encryption (KMS). An existing instance needs an encrypted snapshot copy and a restore.',
  'security.fix.db-in-internet-routable-subnet': () => 'Remove the default route from the private-db route table (local routes only).',
  'security.fix.cache-unencrypted': () => 'Turn on at-rest and in-transit encryption for the replication group.',
  'security.fix.db-app-user-privileged': () =>
    'Grant the app user only SELECT, INSERT, UPDATE and DELETE; keep DDL for a separate migration user.',
  'security.fix.data-sg-cidr-peer': () =>
    'Admit the data tier only from the security groups of its callers, which follow tasks as they move.',
  'security.fix.waf-off-with-cloudfront': () => 'Attach an AWS WAF web ACL (managed core rule set) to the distribution.',
  'security.fix.alb-bypasses-cloudfront': () =>
    "Admit the listener ports only from CloudFront's origin-facing managed prefix list (com.amazonaws.global.cloudfront.origin-facing) instead of 0.0.0.0/0, and have CloudFront add a secret header the ALB checks, since any distribution comes from that list.",
  'security.fix.http-listener-without-redirect': () => 'Make the HTTP listener redirect to HTTPS (301), or remove it.',
  'security.fix.alb-keeps-invalid-headers': () => 'Set routing.http.drop_invalid_header_fields.enabled to true.',
  'security.fix.no-flow-logs': () => 'Turn on VPC flow logs to CloudWatch Logs or S3.',
  'security.fix.container-insights-off': () => 'Turn on Container Insights for the cluster.',
  'security.fix.vpc-cidr-not-private': () => 'Use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  'security.fix.route-private-app-igw': () => 'Route the app tier through a NAT gateway (outbound only) or VPC endpoints.',
  'security.fix.route-private-db-nat': () => 'Keep the private-db route table to local routes only.',
  'security.fix.public-ip-on-launch': () =>
    'Turn off map-public-IP-on-launch; give an address only to the instance that needs one (the bastion).',
  'security.fix.policy-breach': (p) =>
    `Remove the rules that admit these connections, or add { from: '${p.from}', to: '${p.to}' } to the policy if they are intended.`,
  'security.fix.no-admin-path': () => 'Turn on SSM Session Manager (no inbound port) or add a bastion with SSH from the office /32.',
  'security.fix.admin-access-ssm': () => 'Turn on SSM Session Manager or an EC2 Instance Connect Endpoint.',
  'security.fix.admin-access-bastion': () =>
    'Add a bastion whose group admits SSH only from /32 addresses, or (if the policy allows) use SSM.',
  'security.fix.bastion-ssh-not-single-host': () => "Narrow the SSH source to the office's /32 address(es).",

  'security.subject.internet': () => 'the internet',
  'security.subject.principal': (p) => p.id,

  'security.opening.alb-forwards': (p) => `${s(p.alb)} forwards ${p.port} to it as a target`,
  'security.opening.local': () => 'both are inside the VPC (local route)',

  'security.block.forwards-only': (p) =>
    `${s(p.resource)} forwards only to its targets${p.targets.length ? ` (${p.targets.join(', ')})` : ', and it has none'}`,
  'security.block.no-rule': (p) => `${list(p.groups)} ${p.groups.length > 1 ? 'admit' : 'admits'} nothing on ${p.port}`,
  'security.block.admits-only': (p) => admitting(p.port, p.groups, true).join('; '),
  'security.block.no-egress': (p) => `${list(p.groups)} ${p.groups.length > 1 ? 'allow' : 'allows'} no outbound ${p.port} to ${s(p.target)}`,

  'security.reach.unknown-source': (p) => `Unknown source "${p.from}": use ${p.known.join(', ')}.`,
  'security.reach.unknown-target': (p) => `Unknown target "${p.target}": use ${p.known.join(', ')}.`,
  'security.reach.self': (p) => `${capitalise(s(p.subject))} is the target itself.`,
  'security.reach.direct': (p) =>
    `${capitalise(s(p.subject))} can reach ${s(p.target)} directly on ${p.port}: ${s(p.opening)} and ${p.group} admits ${p.port} from ${peers(p.peers)}.`,
  'security.reach.blocked': (p) => {
    const although = p.although.length > 0 ? `, although ${admitting(p.port, p.although, false).join(' and ')}` : ''
    const blocked = `${capitalise(s(p.subject))} cannot reach ${s(p.target)} directly on ${p.port}: ${list(p.blocks.map(s))}${although}.`
    const nearest = p.nearest
      ? ` The nearest path is ${p.nearest.chain.join(' → ')}${compromise(p.nearest.compromise, p.nearest.relayedByAlb)}.`
      : ` No chain of allowed connections leads from ${s(p.subject)} to ${s(p.target)} on ${p.port}.`
    return blocked + nearest
  },
}
