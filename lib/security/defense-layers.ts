import type { ArchitectureConfig, Requirements, RuleSource } from '../model'
import { planSubnets, TIERS } from '../network'
import type { AdminAccessReview } from './admin-access'
import { isPrivateCidr } from './cidr'
import type { Finding } from './finding'

/** One of seed 000's seven layers of defense in depth, checked against a config. */
export type DefenseLayer = {
  /** 1–7, in the seed's order. */
  id: number
  key: string
  name: string
  passed: boolean
  evidence: string
}

/** Findings that break least-privilege security groups (layer 4). */
const LAYER_4_FINDINGS = ['sg-world-', 'data-sg-cidr-peer:']

/**
 * Seed 000 step 3: VPC isolation, subnet tiers, route tables, security groups, admin access,
 * DB user privileges, logging. Example (swiftlogix): all seven pass; with network.flowLogs = false
 * layer 7 fails with 'VPC flow logs are off (required by the security policy); …'.
 */
export function checkDefenseLayers(
  config: ArchitectureConfig,
  requirements: Requirements,
  findings: readonly Finding[],
  admin: AdminAccessReview,
): DefenseLayer[] {
  const network = config.network
  const subnets = planSubnets(config)
  const subnetIds = (tier: string) => subnets.filter((s) => s.tier === tier).map((s) => s.id)
  const db = config.database
  const routes = network.routing
  const routeWords = { igw: network.internetGateway ? 'IGW' : 'IGW (missing)', nat: 'NAT (outbound only)', none: 'local only' }
  const sgFindings = findings.filter((f) => LAYER_4_FINDINGS.some((prefix) => f.id.startsWith(prefix)))
  const dbGroups = [...db.securityGroups, ...(config.cache?.securityGroups ?? [])]
  const dbPeers = config.securityGroups
    .filter((g) => dbGroups.includes(g.id))
    .flatMap((g) => g.ingress.map((r) => nameOfPeer(config, r.peer)))
  const flowLogsRequired = requirements.securityPolicy.requireFlowLogs
  const logsOn = config.monitoring.logRetentionDays >= 1

  return [
    {
      id: 1,
      key: 'vpc-isolation',
      name: 'VPC isolation',
      passed: isPrivateCidr(network.vpcCidr),
      evidence: isPrivateCidr(network.vpcCidr)
        ? `VPC ${network.vpcCidr} is private (RFC 1918) address space; IPv6 is not used.`
        : `VPC ${network.vpcCidr} is not RFC 1918 private space.`,
    },
    {
      id: 2,
      key: 'subnet-tiers',
      name: 'Subnet tiers',
      passed: TIERS.every((t) => subnetIds(t).length > 0) && !db.publiclyAccessible,
      evidence:
        `${TIERS.length} tiers × ${network.azCount} AZ: ${TIERS.map((t) => `${t} (${subnetIds(t).join(', ')})`).join('; ')}; ` +
        `the database sits in private-db${db.publiclyAccessible ? ' but is publicly accessible' : ' with no public address'}.`,
    },
    {
      id: 3,
      key: 'route-tables',
      name: 'Route-table control',
      passed: routes['private-db'].defaultRoute === 'none' && routes['private-app'].defaultRoute !== 'igw',
      evidence: `Default routes: ${TIERS.map((t) => `${t} → ${routeWords[routes[t].defaultRoute]}`).join(', ')}.`,
    },
    {
      id: 4,
      key: 'security-groups',
      name: 'Least-privilege security groups',
      passed: sgFindings.length === 0,
      evidence:
        sgFindings.length === 0
          ? `World-open ingress only on web ports of internet-facing ALBs; data-tier groups admit only ${[...new Set(dbPeers)].join(', ') || 'nothing'}.`
          : `Violations: ${sgFindings.map((f) => f.id).join(', ')}.`,
    },
    {
      id: 5,
      key: 'admin-access',
      name: 'Controlled admin access',
      passed: admin.meetsPolicy,
      evidence: admin.evidence,
    },
    {
      id: 6,
      key: 'db-least-privilege',
      name: 'DB user least privilege',
      passed: db.appUserLeastPrivilege,
      evidence: db.appUserLeastPrivilege
        ? 'The app user may only SELECT, INSERT, UPDATE and DELETE (no DROP, ALTER, CREATE).'
        : 'The app user is not marked least-privilege: a compromised task could DROP or ALTER tables.',
    },
    {
      id: 7,
      key: 'logging-audit',
      name: 'Logging and audit',
      passed: logsOn && (network.flowLogs || !flowLogsRequired),
      evidence:
        `VPC flow logs are ${network.flowLogs ? 'on' : 'off'}${flowLogsRequired ? ' (required by the security policy)' : ''}; ` +
        `CloudWatch Logs keep ${config.monitoring.logRetentionDays} days.`,
    },
  ]
}

/** 'ECS-SG' for a group peer, the CIDR for a range. */
function nameOfPeer(config: ArchitectureConfig, peer: RuleSource): string {
  if (peer.kind === 'cidr') return peer.cidr
  return config.securityGroups.find((g) => g.id === peer.sgId)?.name ?? peer.sgId
}
