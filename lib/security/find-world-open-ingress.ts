import type { SecurityGroup, SgRule } from '../model'
import { isWorldCidr } from './cidr'
import type { Finding } from './finding'
import type { ReachEdge } from './list-reach-edges'
import { INTERNET } from './list-principals'
import type { PlacedResource } from './place-resources'
import type { ReachGraph } from './reach-graph'
import { coversAllPorts, describeRulePorts, ruleCoversPort, WEB_PORTS } from './rule-ports'

const SSH_PORT = 22
const RDP_PORT = 3389

/** Database and cache ports AVD-AWS-0107 names. */
export const DATA_PORTS: ReadonlyMap<number, string> = new Map([
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [27017, 'MongoDB'],
])

const NAMED_PORTS = new Set([SSH_PORT, RDP_PORT, ...DATA_PORTS.keys(), ...WEB_PORTS])

type Bucket = { kind: string; ports: (port: number) => boolean; label: string }

/**
 * One finding per security group and kind of world-open ingress (0.0.0.0/0 or ::/0), saying
 * whether the internet reaches anything through it today.
 * Example: rds-sg with 5432 from 0.0.0.0/0 → { id: 'sg-world-db-port:rds-sg', severity: 'high',
 * rule: 'AVD-AWS-0107', message: 'RDS-SG admits PostgreSQL (5432) from 0.0.0.0/0. Not reachable from
 * the internet today: the database is in the private-db tier (no route to the internet gateway); …' }.
 */
export function findWorldOpenIngress(graph: ReachGraph, edges: readonly ReachEdge[]): Finding[] {
  return graph.config.securityGroups.flatMap((sg) => inspectGroup(graph, edges, sg))
}

function inspectGroup(graph: ReachGraph, edges: readonly ReachEdge[], sg: SecurityGroup): Finding[] {
  const worldRules = sg.ingress.filter((r) => r.peer.kind === 'cidr' && isWorldCidr(r.peer.cidr))
  if (worldRules.length === 0) return []
  const carriers = graph.resources.filter((r) => r.securityGroups.includes(sg.id))
  const resource = `sg:${sg.id}`
  const findings: Finding[] = []
  const report = (bucket: Bucket, severity: Finding['severity'], rule: string | undefined, fix: string) => {
    const note = describeExposure(carriers, edges, bucket.ports)
    findings.push({
      id: `${bucket.kind}:${sg.id}`,
      severity,
      message: `${sg.name} admits ${bucket.label} from 0.0.0.0/0. ${note}`,
      resource,
      fix,
      ...(rule ? { rule } : {}),
    })
  }

  const allPortRules = worldRules.filter(coversAllPorts)
  if (allPortRules.length > 0) {
    report({ kind: 'sg-world-all-ports', ports: () => true, label: `every port (${allPortRules.map(describeRulePorts).join(', ')})` }, 'high', 'CKV_AWS_277',
      'Replace the all-ports rule with the single ports the resource serves, admitted from the callers\' security group.')
  }
  const portRules = worldRules.filter((r) => !coversAllPorts(r))
  const tcpRules = portRules.filter((r) => r.protocol === 'tcp')
  const tcpCovers = (port: number) => tcpRules.some((r) => ruleCoversPort(r, port))

  if (tcpCovers(SSH_PORT)) {
    report({ kind: 'sg-world-ssh', ports: (p) => p === SSH_PORT, label: `SSH (${SSH_PORT})` }, 'high', 'CKV_AWS_24',
      'Allow SSH only from the office /32, or drop it for SSM Session Manager or an EC2 Instance Connect Endpoint.')
  }
  if (tcpCovers(RDP_PORT)) {
    report({ kind: 'sg-world-rdp', ports: (p) => p === RDP_PORT, label: `RDP (${RDP_PORT})` }, 'high', 'CKV_AWS_25',
      'Allow RDP only from known /32 addresses, or use SSM Fleet Manager.')
  }
  const dataPorts = [...DATA_PORTS.keys()].filter(tcpCovers)
  if (dataPorts.length > 0) {
    const label = dataPorts.map((p) => `${DATA_PORTS.get(p)} (${p})`).join(', ')
    report({ kind: 'sg-world-db-port', ports: (p) => dataPorts.includes(p), label }, 'high', 'AVD-AWS-0107',
      'Admit the data port only from the security groups of the application and the bastion.')
  }
  const webPorts = WEB_PORTS.filter(tcpCovers)
  const onExternalAlbsOnly = carriers.length > 0 && carriers.every((c) => c.kind === 'alb' && c.tier === 'public')
  if (webPorts.length > 0 && !onExternalAlbsOnly) {
    const where = carriers.length === 0 ? 'no resource yet' : carriers.map((c) => c.phrase).join(', ')
    report({ kind: 'sg-world-web-port', ports: (p) => webPorts.includes(p), label: `web ports ${webPorts.join(', ')} on ${where}` }, carriers.length > 0 ? 'medium' : 'low', undefined,
      'Serve the web through an internet-facing ALB and admit 80/443 here only from the ALB\'s security group.')
  }
  const otherRules = portRules.filter((r) => r.protocol !== 'tcp' || hasUnnamedPort(r))
  if (otherRules.length > 0) {
    const covers = (p: number) => otherRules.some((r) => ruleCoversPort(r, p)) && !NAMED_PORTS.has(p)
    report({ kind: 'sg-world-other-port', ports: covers, label: otherRules.map(describeRulePorts).join(', ') }, 'medium', undefined,
      'Admit these ports only from the security groups or /32 addresses that need them.')
  }
  return findings
}

function hasUnnamedPort(rule: SgRule): boolean {
  const width = rule.toPort - rule.fromPort + 1
  const named = [...NAMED_PORTS].filter((p) => p >= rule.fromPort && p <= rule.toPort).length
  return width > named
}

/** "The internet reaches …" or why it does not, carrier by carrier. */
function describeExposure(carriers: PlacedResource[], edges: readonly ReachEdge[], ports: (port: number) => boolean): string {
  if (carriers.length === 0) return 'No resource carries this group yet.'
  const ids = new Set(carriers.map((c) => c.id))
  const reached = edges.filter((e) => e.from === INTERNET && ids.has(e.to) && ports(e.port))
  if (reached.length > 0) return `The internet reaches ${reached.map((e) => `${e.to} on ${e.port}`).join(', ')} through it now.`
  const reasons = carriers.map((c) =>
    !c.internetAddressable ? c.exposure : c.onlyListedPorts ? `${c.phrase} answers only on ${c.ports.join(', ')}` : `nothing is known to listen on those ports on ${c.phrase}`,
  )
  return `Not reachable from the internet today: ${reasons.join('; ')}; one route-table or public-access change would expose it.`
}
