import type { ArchitectureConfig, Requirements, RuleSource } from '../model'
import { planSubnets, TIERS } from '../network'
import type { AdminAccessReview } from './admin-access'
import { isPrivateCidr } from './cidr'
import { CLOUDFRONT_PREFIX_LIST } from './cloudfront-prefix-list'
import type { Finding } from './finding'
import type { DefaultRoute, LayerEvidence, LayerName } from './security-reasons'

/** One of seed 000's seven layers of defense in depth, checked against a config. */
export type DefenseLayer = {
  /** 1–7, in the seed's order. */
  id: number
  key: LayerKey
  name: LayerName
  passed: boolean
  evidence: LayerEvidence
}

type LayerKey = 'vpc-isolation' | 'subnet-tiers' | 'route-tables' | 'security-groups' | 'admin-access' | 'db-least-privilege' | 'logging-audit'

/** A layer as each check states it; its name follows from its key. */
type LayerDraft = { id: number; key: LayerKey; passed: boolean; evidence: LayerEvidence }

function toLayer({ id, key, passed, evidence }: LayerDraft): DefenseLayer {
  return { id, key, name: { code: `security.layer.${key}`, params: {} }, passed, evidence }
}

/** Findings that break least-privilege security groups (layer 4). */
const LAYER_4_FINDINGS = ['sg-world-', 'data-sg-cidr-peer:']

/**
 * Seed 000 step 3: VPC isolation, subnet tiers, route tables, security groups, admin access,
 * DB user privileges, logging. Example (swiftlogix): all seven pass; with network.flowLogs = false
 * layer 7 fails with evidence 'security.evidence.logging' ('VPC flow logs are off (required by the security policy); …').
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
  const routeOf = (route: 'igw' | 'nat' | 'none'): DefaultRoute => (route === 'igw' && !network.internetGateway ? 'igw-missing' : route)
  const sgFindings = findings.filter((f) => LAYER_4_FINDINGS.some((prefix) => f.id.startsWith(prefix)))
  const dbGroups = [...db.securityGroups, ...(config.cache?.securityGroups ?? [])]
  const dbPeers = config.securityGroups
    .filter((g) => dbGroups.includes(g.id))
    .flatMap((g) => g.ingress.map((r) => nameOfPeer(config, r.peer)))
  const flowLogsRequired = requirements.securityPolicy.requireFlowLogs
  const logsOn = config.monitoring.logRetentionDays >= 1
  const vpcPrivate = isPrivateCidr(network.vpcCidr)
  const drafts: LayerDraft[] = [
    {
      id: 1,
      key: 'vpc-isolation',
      passed: vpcPrivate,
      evidence: { code: vpcPrivate ? 'security.evidence.vpc-private' : 'security.evidence.vpc-not-private', params: { cidr: network.vpcCidr } },
    },
    {
      id: 2,
      key: 'subnet-tiers',
      passed: TIERS.every((t) => subnetIds(t).length > 0) && !db.publiclyAccessible,
      evidence: {
        code: 'security.evidence.subnet-tiers',
        params: { azCount: network.azCount, tiers: TIERS.map((tier) => ({ tier, subnets: subnetIds(tier) })), dbPublic: db.publiclyAccessible },
      },
    },
    {
      id: 3,
      key: 'route-tables',
      passed: routes['private-db'].defaultRoute === 'none' && routes['private-app'].defaultRoute !== 'igw',
      evidence: { code: 'security.evidence.routes', params: { routes: TIERS.map((tier) => ({ tier, route: routeOf(routes[tier].defaultRoute) })) } },
    },
    {
      id: 4,
      key: 'security-groups',
      passed: sgFindings.length === 0,
      evidence:
        sgFindings.length === 0
          ? { code: 'security.evidence.sg-least-privilege', params: { dataPeers: [...new Set(dbPeers)] } }
          : { code: 'security.evidence.sg-violations', params: { findingIds: sgFindings.map((f) => f.id) } },
    },
    { id: 5, key: 'admin-access', passed: admin.meetsPolicy, evidence: admin.evidence },
    {
      id: 6,
      key: 'db-least-privilege',
      passed: db.appUserLeastPrivilege,
      evidence: { code: db.appUserLeastPrivilege ? 'security.evidence.db-least-privilege' : 'security.evidence.db-privileged', params: {} },
    },
    {
      id: 7,
      key: 'logging-audit',
      passed: logsOn && (network.flowLogs || !flowLogsRequired),
      evidence: {
        code: 'security.evidence.logging',
        params: { flowLogs: network.flowLogs, flowLogsRequired, retentionDays: config.monitoring.logRetentionDays },
      },
    },
  ]
  return drafts.map(toLayer)
}

/** 'ECS-SG' for a group peer, the CIDR for a range. */
function nameOfPeer(config: ArchitectureConfig, peer: RuleSource): string {
  if (peer.kind === 'cidr') return peer.cidr
  if (peer.kind === 'prefix-list') return CLOUDFRONT_PREFIX_LIST
  return config.securityGroups.find((g) => g.id === peer.sgId)?.name ?? peer.sgId
}
