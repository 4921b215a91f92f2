import type { Reason } from '../explain/reason'
import type { Tier } from '../model'

/**
 * What the security engine says, as codes with their facts; lib/i18n/catalog/<language>/security.ts
 * words them. Names the user typed (groups, load balancers, services), CIDRs, ids and ports are
 * params as typed; a phrase built from parts (a resource, its exposure) is a reason inside the params.
 */

/** How a tier's route table reaches the internet, in words for parentheses ('no route to the internet gateway'). */
export type TierRoute =
  | Reason<'security.route.none'>
  | Reason<'security.route.nat'>
  | Reason<'security.route.igw'>
  | Reason<'security.route.igw-missing'>

/** A resource in running text: 'the Public ALB', 'the database', 'the NAT gateway in ap-northeast-2a'. */
export type ResourcePhrase =
  | Reason<'security.resource.named', { name: string }>
  | Reason<'security.resource.database'>
  | Reason<'security.resource.cache'>
  | Reason<'security.resource.bastion'>
  | Reason<'security.resource.nat-instance'>
  | Reason<'security.resource.nat-gateway', { az: string }>

/** Why the internet can or cannot address a resource; Korean words it as a noun-ending clause, so it can stand in a list of reasons. */
export type Exposure =
  | Reason<'security.exposure.alb-public', { resource: ResourcePhrase }>
  | Reason<'security.exposure.alb-unroutable', { resource: ResourcePhrase; route: TierRoute }>
  | Reason<'security.exposure.alb-internal', { resource: ResourcePhrase }>
  | Reason<'security.exposure.service-public-ip', { resource: ResourcePhrase }>
  | Reason<'security.exposure.service-no-public-address', { resource: ResourcePhrase }>
  | Reason<'security.exposure.isolated', { resource: ResourcePhrase; tier: Tier; route: TierRoute }>
  | Reason<'security.exposure.db-public'>
  | Reason<'security.exposure.db-public-unroutable', { route: TierRoute }>
  | Reason<'security.exposure.db-not-public'>
  | Reason<'security.exposure.cache'>
  | Reason<'security.exposure.bastion-public'>
  | Reason<'security.exposure.bastion-unroutable', { route: TierRoute }>
  | Reason<'security.exposure.nat'>

/** How operators get in, against the policy (defense layer 5 and the admin-access finding). */
export type AdminEvidence = Reason<
  'security.admin.evidence',
  {
    bastion: 'none' | 'no-ssh' | 'restricted' | 'wide'
    /** SSH sources on the bastion's groups: 'Office 203.0.113.10/32', 'sg ops-sg'. */
    sshSources: string[]
    ssm: boolean
    instanceConnect: boolean
    required: 'bastion' | 'ssm' | 'either'
  }
>

/** A defense layer's name, by its key. */
export type LayerName =
  | Reason<'security.layer.vpc-isolation'>
  | Reason<'security.layer.subnet-tiers'>
  | Reason<'security.layer.route-tables'>
  | Reason<'security.layer.security-groups'>
  | Reason<'security.layer.admin-access'>
  | Reason<'security.layer.db-least-privilege'>
  | Reason<'security.layer.logging-audit'>

export type DefaultRoute = 'igw' | 'igw-missing' | 'nat' | 'none'

/** The evidence behind a layer's verdict. */
export type LayerEvidence =
  | Reason<'security.evidence.vpc-private', { cidr: string }>
  | Reason<'security.evidence.vpc-not-private', { cidr: string }>
  | Reason<'security.evidence.subnet-tiers', { azCount: number; tiers: { tier: Tier; subnets: string[] }[]; dbPublic: boolean }>
  | Reason<'security.evidence.routes', { routes: { tier: Tier; route: DefaultRoute }[] }>
  | Reason<'security.evidence.sg-least-privilege', { dataPeers: string[] }>
  | Reason<'security.evidence.sg-violations', { findingIds: string[] }>
  | AdminEvidence
  | Reason<'security.evidence.db-least-privilege'>
  | Reason<'security.evidence.db-privileged'>
  | Reason<'security.evidence.logging', { flowLogs: boolean; flowLogsRequired: boolean; retentionDays: number }>

/** Ports a world-open rule admits; Korean words them with their object particle (josa). */
export type OpenPorts =
  | Reason<'security.ports.all', { rules: string[] }>
  | Reason<'security.ports.ssh', { port: number }>
  | Reason<'security.ports.rdp', { port: number }>
  | Reason<'security.ports.data', { ports: { engine: string; port: number }[] }>
  | Reason<'security.ports.web', { ports: number[]; carriers: ResourcePhrase[] }>
  | Reason<'security.ports.other', { rules: string[] }>

/** A resource answers only on its listed ports (managed endpoints). */
export type AnswersOnly = Reason<'security.answers-only', { resource: ResourcePhrase; ports: number[] }>

/** Why a carrier of a world-open group is not reached today. */
export type CarrierShield = Exposure | AnswersOnly | Reason<'security.nothing-listens', { resource: ResourcePhrase }>

/** Whether the internet reaches anything through a world-open group today. */
export type ExposureNote =
  | Reason<'security.note.no-carrier'>
  | Reason<'security.note.reached', { reached: { target: string; port: number }[] }>
  | Reason<'security.note.unreached', { shields: CarrierShield[] }>

/** One security-group step of an edge that breaches the policy. */
export type BreachEdge = { from: string; to: string; port: number; sgId: string }

/** What a finding says is wrong. */
export type FindingMessage =
  | Reason<'security.finding.sg-world', { group: string; ports: OpenPorts; note: ExposureNote }>
  | Reason<'security.finding.db-public'>
  | Reason<'security.finding.db-unencrypted', { policyRequires: boolean }>
  | Reason<'security.finding.db-in-internet-routable-subnet'>
  | Reason<'security.finding.cache-unencrypted', { policyRequires: boolean }>
  | Reason<'security.finding.db-app-user-privileged'>
  | Reason<'security.finding.data-sg-cidr-peer', { group: string; ranges: string[] }>
  | Reason<'security.finding.waf-off-with-cloudfront'>
  | Reason<'security.finding.alb-bypasses-cloudfront', { loadBalancer: string; group: string; ports: number[]; waf: boolean }>
  | Reason<'security.finding.http-listener-without-redirect', { loadBalancer: string; ports: number[] }>
  | Reason<'security.finding.alb-keeps-invalid-headers', { loadBalancer: string }>
  | Reason<'security.finding.no-flow-logs', { policyRequires: boolean }>
  | Reason<'security.finding.container-insights-off'>
  | Reason<'security.finding.vpc-cidr-not-private', { cidr: string }>
  | Reason<'security.finding.route-private-app-igw'>
  | Reason<'security.finding.route-private-db-nat'>
  | Reason<'security.finding.public-ip-on-launch', { tier: Tier }>
  | Reason<'security.finding.policy-breach', { from: string; to: string; shown: BreachEdge[]; more: number }>
  | Reason<'security.finding.no-admin-path'>
  | Reason<'security.finding.admin-access-mismatch', { evidence: AdminEvidence }>
  | Reason<'security.finding.bastion-ssh-not-single-host', { group: string }>

/** What to do about a finding. */
export type FindingFix =
  | Reason<'security.fix.sg-world-all-ports'>
  | Reason<'security.fix.sg-world-ssh'>
  | Reason<'security.fix.sg-world-rdp'>
  | Reason<'security.fix.sg-world-db-port'>
  | Reason<'security.fix.sg-world-web-port'>
  | Reason<'security.fix.sg-world-other-port'>
  | Reason<'security.fix.db-public'>
  | Reason<'security.fix.db-unencrypted'>
  | Reason<'security.fix.db-in-internet-routable-subnet'>
  | Reason<'security.fix.cache-unencrypted'>
  | Reason<'security.fix.db-app-user-privileged'>
  | Reason<'security.fix.data-sg-cidr-peer'>
  | Reason<'security.fix.waf-off-with-cloudfront'>
  | Reason<'security.fix.alb-bypasses-cloudfront'>
  | Reason<'security.fix.http-listener-without-redirect'>
  | Reason<'security.fix.alb-keeps-invalid-headers'>
  | Reason<'security.fix.no-flow-logs'>
  | Reason<'security.fix.container-insights-off'>
  | Reason<'security.fix.vpc-cidr-not-private'>
  | Reason<'security.fix.route-private-app-igw'>
  | Reason<'security.fix.route-private-db-nat'>
  | Reason<'security.fix.public-ip-on-launch'>
  | Reason<'security.fix.policy-breach', { from: string; to: string }>
  | Reason<'security.fix.no-admin-path'>
  | Reason<'security.fix.admin-access-ssm'>
  | Reason<'security.fix.admin-access-bastion'>
  | Reason<'security.fix.bastion-ssh-not-single-host'>

/** Who asks "can I reach it?": a resource, the internet, or another principal by id. */
export type ReachSubject = ResourcePhrase | Reason<'security.subject.internet'> | Reason<'security.subject.principal', { id: string }>

/** A rule's peer: a security group by name, a CIDR with its label, or an AWS-managed prefix list. */
export type Peer = { group: string } | { cidr: string; label?: string } | { prefixList: 'cloudfront-origin-facing' }

/** Rules of one security group that cover the port, by the peers they admit. */
export type GroupPeers = { group: string; peers: Peer[] }

/** Why the network layer lets a direct connection through. */
export type Opening = Exposure | Reason<'security.opening.alb-forwards', { alb: ResourcePhrase; port: number }> | Reason<'security.opening.local'>

/** One layer that stops a direct connection. */
export type Block =
  | Reason<'security.block.forwards-only', { resource: ResourcePhrase; targets: string[] }>
  | AnswersOnly
  | Exposure
  | Reason<'security.block.no-rule', { groups: string[]; port: number }>
  | Reason<'security.block.admits-only', { port: number; groups: GroupPeers[] }>
  | Reason<'security.block.no-egress', { groups: string[]; port: number; target: ResourcePhrase }>

/** Whom an attacker must take over on the nearest path; ALBs only relay. */
export type CompromiseStep = { resource: ResourcePhrase } | { albTarget: true } | { alb: string; target: string }

/** The nearest chain of allowed connections, or that there is none. */
export type NearestPath = { chain: string[]; compromise: CompromiseStep[]; relayedByAlb: boolean } | null

/** The answer to "can X reach Y on port P?". */
export type ReachExplanation =
  | Reason<'security.reach.unknown-source', { from: string; known: string[] }>
  | Reason<'security.reach.unknown-target', { target: string; known: string[] }>
  | Reason<'security.reach.self', { subject: ReachSubject }>
  | Reason<'security.reach.direct', { subject: ReachSubject; target: ResourcePhrase; port: number; opening: Opening; group: string; peers: Peer[] }>
  | Reason<
      'security.reach.blocked',
      { subject: ReachSubject; target: ResourcePhrase; port: number; blocks: Block[]; although: GroupPeers[]; nearest: NearestPath }
    >

export type SecurityReason =
  | TierRoute
  | ResourcePhrase
  | Exposure
  | LayerName
  | LayerEvidence
  | OpenPorts
  | CarrierShield
  | ExposureNote
  | FindingMessage
  | FindingFix
  | ReachSubject
  | Opening
  | Block
  | ReachExplanation
