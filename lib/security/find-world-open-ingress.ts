import { text, type Text } from '../explain/text'
import type { SecurityGroup, SgRule } from '../model'
import { withJosa } from '../narrative/josa'
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

/** `label.ko` carries its object particle ('SSH(22)를'): acronyms read by letter name defeat the josa rule. */
type Bucket = { kind: string; ports: (port: number) => boolean; label: Text }

/** 'PostgreSQL(5432)을', 'TCP 1024-2048을': the particle follows the last word or number. */
function asObject(words: string): string {
  return withJosa(words, '을/를')
}

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
  const report = (bucket: Bucket, severity: Finding['severity'], rule: string | undefined, fix: Text) => {
    const note = describeExposure(carriers, edges, bucket.ports)
    findings.push({
      id: `${bucket.kind}:${sg.id}`,
      severity,
      message: `${sg.name} admits ${bucket.label.en} from 0.0.0.0/0. ${note.en}`,
      resource,
      fix: fix.en,
      ko: { message: `${withJosa(sg.name, '이/가')} 0.0.0.0/0에서 ${bucket.label.ko} 허용합니다. ${note.ko}`, fix: fix.ko },
      ...(rule ? { rule } : {}),
    })
  }

  const allPortRules = worldRules.filter(coversAllPorts)
  if (allPortRules.length > 0) {
    const rules = allPortRules.map(describeRulePorts).join(', ')
    report({ kind: 'sg-world-all-ports', ports: () => true, label: text(`every port (${rules})`, `모든 포트(${rules})를`) }, 'high', 'CKV_AWS_277',
      text(
        'Replace the all-ports rule with the single ports the resource serves, admitted from the callers\' security group.',
        '모든 포트를 여는 규칙을 없애고, 리소스가 실제로 쓰는 포트만 호출하는 쪽의 보안 그룹에서 허용하세요.',
      ))
  }
  const portRules = worldRules.filter((r) => !coversAllPorts(r))
  const tcpRules = portRules.filter((r) => r.protocol === 'tcp')
  const tcpCovers = (port: number) => tcpRules.some((r) => ruleCoversPort(r, port))

  if (tcpCovers(SSH_PORT)) {
    report({ kind: 'sg-world-ssh', ports: (p) => p === SSH_PORT, label: text(`SSH (${SSH_PORT})`, `SSH(${SSH_PORT})를`) }, 'high', 'CKV_AWS_24',
      text(
        'Allow SSH only from the office /32, or drop it for SSM Session Manager or an EC2 Instance Connect Endpoint.',
        'SSH는 사무실 /32에서만 허용하거나, SSH를 없애고 SSM Session Manager나 EC2 Instance Connect Endpoint를 사용하세요.',
      ))
  }
  if (tcpCovers(RDP_PORT)) {
    report({ kind: 'sg-world-rdp', ports: (p) => p === RDP_PORT, label: text(`RDP (${RDP_PORT})`, `RDP(${RDP_PORT})를`) }, 'high', 'CKV_AWS_25',
      text('Allow RDP only from known /32 addresses, or use SSM Fleet Manager.', 'RDP는 알려진 /32 주소에서만 허용하거나 SSM Fleet Manager를 사용하세요.'))
  }
  const dataPorts = [...DATA_PORTS.keys()].filter(tcpCovers)
  if (dataPorts.length > 0) {
    const label = text(dataPorts.map((p) => `${DATA_PORTS.get(p)} (${p})`).join(', '), asObject(dataPorts.map((p) => `${DATA_PORTS.get(p)}(${p})`).join(', ')))
    report({ kind: 'sg-world-db-port', ports: (p) => dataPorts.includes(p), label }, 'high', 'AVD-AWS-0107',
      text('Admit the data port only from the security groups of the application and the bastion.', '데이터 포트는 애플리케이션과 배스천 호스트의 보안 그룹에서만 허용하세요.'))
  }
  const webPorts = WEB_PORTS.filter(tcpCovers)
  const onExternalAlbsOnly = carriers.length > 0 && carriers.every((c) => c.kind === 'alb' && c.tier === 'public')
  if (webPorts.length > 0 && !onExternalAlbsOnly) {
    const where = carriers.length === 0 ? 'no resource yet' : carriers.map((c) => c.phrase).join(', ')
    const ports = webPorts.join(', ')
    const label = text(
      `web ports ${ports} on ${where}`,
      carriers.length === 0 ? `웹 포트 ${asObject(ports)}` : `${carriers.map((c) => c.ko.phrase).join(', ')}의 웹 포트 ${asObject(ports)}`,
    )
    report({ kind: 'sg-world-web-port', ports: (p) => webPorts.includes(p), label }, carriers.length > 0 ? 'medium' : 'low', undefined,
      text(
        'Serve the web through an internet-facing ALB and admit 80/443 here only from the ALB\'s security group.',
        '웹 트래픽은 internet-facing ALB로 받고, 여기서는 80/443을 ALB의 보안 그룹에서만 허용하세요.',
      ))
  }
  const otherRules = portRules.filter((r) => r.protocol !== 'tcp' || hasUnnamedPort(r))
  if (otherRules.length > 0) {
    const covers = (p: number) => otherRules.some((r) => ruleCoversPort(r, p)) && !NAMED_PORTS.has(p)
    const listed = otherRules.map(describeRulePorts).join(', ')
    report({ kind: 'sg-world-other-port', ports: covers, label: text(listed, asObject(listed)) }, 'medium', undefined,
      text('Admit these ports only from the security groups or /32 addresses that need them.', '이 포트들은 필요한 보안 그룹이나 /32 주소에서만 허용하세요.'))
  }
  return findings
}

function hasUnnamedPort(rule: SgRule): boolean {
  const width = rule.toPort - rule.fromPort + 1
  const named = [...NAMED_PORTS].filter((p) => p >= rule.fromPort && p <= rule.toPort).length
  return width > named
}

/** "The internet reaches …" or why it does not, carrier by carrier. */
function describeExposure(carriers: PlacedResource[], edges: readonly ReachEdge[], ports: (port: number) => boolean): Text {
  if (carriers.length === 0) return text('No resource carries this group yet.', '아직 이 보안 그룹을 쓰는 리소스가 없습니다.')
  const ids = new Set(carriers.map((c) => c.id))
  const reached = edges.filter((e) => e.from === INTERNET && ids.has(e.to) && ports(e.port))
  if (reached.length > 0) {
    return text(
      `The internet reaches ${reached.map((e) => `${e.to} on ${e.port}`).join(', ')} through it now.`,
      `지금 이 규칙을 통해 인터넷에서 ${reached.map((e) => `${e.to}(포트 ${e.port})`).join(', ')}에 닿습니다.`,
    )
  }
  const reasons = carriers.map((c) =>
    !c.internetAddressable
      ? text(c.exposure, c.ko.exposure)
      : c.onlyListedPorts
        ? text(`${c.phrase} answers only on ${c.ports.join(', ')}`, `${withJosa(c.ko.phrase, '은/는')} 포트 ${c.ports.join(', ')}에서만 응답함`)
        : text(`nothing is known to listen on those ports on ${c.phrase}`, `${c.ko.phrase}에서 해당 포트로 수신 대기하는 프로세스가 알려져 있지 않음`),
  )
  return text(
    `Not reachable from the internet today: ${reasons.map((r) => r.en).join('; ')}; one route-table or public-access change would expose it.`,
    `현재 인터넷에서는 닿지 않습니다: ${reasons.map((r) => r.ko).join('; ')}. 다만 라우팅 테이블이나 퍼블릭 액세스 설정 하나만 바뀌어도 노출됩니다.`,
  )
}
