import type { SecurityGroup, SgRule } from '../model'
import { isWorldCidr } from './cidr'
import type { Finding } from './finding'
import type { ReachEdge } from './list-reach-edges'
import { INTERNET } from './list-principals'
import type { PlacedResource } from './place-resources'
import type { ReachGraph } from './reach-graph'
import { coversAllPorts, describeRulePorts, ruleCoversPort, WEB_PORTS } from './rule-ports'
import type { CarrierShield, ExposureNote, FindingFix, OpenPorts } from './security-reasons'

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

type Kind = 'sg-world-all-ports' | 'sg-world-ssh' | 'sg-world-rdp' | 'sg-world-db-port' | 'sg-world-web-port' | 'sg-world-other-port'

/** One kind of world-open ingress: which ports it covers, and those ports as the finding names them. */
type Bucket = { kind: Kind; ports: (port: number) => boolean; label: OpenPorts }

/**
 * One finding per security group and kind of world-open ingress (0.0.0.0/0 or ::/0), saying
 * whether the internet reaches anything through it today.
 * Example: rds-sg with 5432 from 0.0.0.0/0 → { id: 'sg-world-db-port:rds-sg', severity: 'high',
 * rule: 'AVD-AWS-0107', message: { code: 'security.finding.sg-world', params: { group: 'RDS-SG', ports, note } } }
 * ('RDS-SG admits PostgreSQL (5432) from 0.0.0.0/0. Not reachable from the internet today: the database is in the private-db tier …').
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
  const report = (bucket: Bucket, severity: Finding['severity'], rule: string | undefined) => {
    const fix: FindingFix = { code: `security.fix.${bucket.kind}`, params: {} }
    findings.push({
      id: `${bucket.kind}:${sg.id}`,
      severity,
      message: { code: 'security.finding.sg-world', params: { group: sg.name, ports: bucket.label, note: describeExposure(carriers, edges, bucket.ports) } },
      resource,
      fix,
      ...(rule ? { rule } : {}),
    })
  }

  const allPortRules = worldRules.filter(coversAllPorts)
  if (allPortRules.length > 0) {
    const rules = allPortRules.map(describeRulePorts)
    report({ kind: 'sg-world-all-ports', ports: () => true, label: { code: 'security.ports.all', params: { rules } } }, 'high', 'CKV_AWS_277')
  }
  const portRules = worldRules.filter((r) => !coversAllPorts(r))
  const tcpRules = portRules.filter((r) => r.protocol === 'tcp')
  const tcpCovers = (port: number) => tcpRules.some((r) => ruleCoversPort(r, port))

  if (tcpCovers(SSH_PORT)) {
    report({ kind: 'sg-world-ssh', ports: (p) => p === SSH_PORT, label: { code: 'security.ports.ssh', params: { port: SSH_PORT } } }, 'high', 'CKV_AWS_24')
  }
  if (tcpCovers(RDP_PORT)) {
    report({ kind: 'sg-world-rdp', ports: (p) => p === RDP_PORT, label: { code: 'security.ports.rdp', params: { port: RDP_PORT } } }, 'high', 'CKV_AWS_25')
  }
  const dataPorts = [...DATA_PORTS.keys()].filter(tcpCovers)
  if (dataPorts.length > 0) {
    const label: OpenPorts = { code: 'security.ports.data', params: { ports: dataPorts.map((port) => ({ engine: DATA_PORTS.get(port) ?? String(port), port })) } }
    report({ kind: 'sg-world-db-port', ports: (p) => dataPorts.includes(p), label }, 'high', 'AVD-AWS-0107')
  }
  const webPorts = WEB_PORTS.filter(tcpCovers)
  const onExternalAlbsOnly = carriers.length > 0 && carriers.every((c) => c.kind === 'alb' && c.tier === 'public')
  if (webPorts.length > 0 && !onExternalAlbsOnly) {
    const label: OpenPorts = { code: 'security.ports.web', params: { ports: webPorts, carriers: carriers.map((c) => c.phrase) } }
    report({ kind: 'sg-world-web-port', ports: (p) => webPorts.includes(p), label }, carriers.length > 0 ? 'medium' : 'low', undefined)
  }
  const otherRules = portRules.filter((r) => r.protocol !== 'tcp' || hasUnnamedPort(r))
  if (otherRules.length > 0) {
    const covers = (p: number) => otherRules.some((r) => ruleCoversPort(r, p)) && !NAMED_PORTS.has(p)
    report({ kind: 'sg-world-other-port', ports: covers, label: { code: 'security.ports.other', params: { rules: otherRules.map(describeRulePorts) } } }, 'medium', undefined)
  }
  return findings
}

function hasUnnamedPort(rule: SgRule): boolean {
  const width = rule.toPort - rule.fromPort + 1
  const named = [...NAMED_PORTS].filter((p) => p >= rule.fromPort && p <= rule.toPort).length
  return width > named
}

/** "The internet reaches …" or why it does not, carrier by carrier. */
function describeExposure(carriers: PlacedResource[], edges: readonly ReachEdge[], ports: (port: number) => boolean): ExposureNote {
  if (carriers.length === 0) return { code: 'security.note.no-carrier', params: {} }
  const ids = new Set(carriers.map((c) => c.id))
  const reached = edges.filter((e) => e.from === INTERNET && ids.has(e.to) && ports(e.port))
  if (reached.length > 0) return { code: 'security.note.reached', params: { reached: reached.map((e) => ({ target: e.to, port: e.port })) } }
  const shields = carriers.map(
    (c): CarrierShield =>
      !c.internetAddressable
        ? c.exposure
        : c.onlyListedPorts
          ? { code: 'security.answers-only', params: { resource: c.phrase, ports: c.ports } }
          : { code: 'security.nothing-listens', params: { resource: c.phrase } },
  )
  return { code: 'security.note.unreached', params: { shields } }
}
