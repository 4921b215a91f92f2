import { CLOUDFRONT_PREFIX_LIST } from '../../security/cloudfront-prefix-list'
import type { RuleSource, SecurityGroup, SgRule } from '../../model'
import { isUnknown, type ResourceInstance, type TfObject, type TfValue } from '../types'
import { note, type MapContext } from './context'
import { inFactsOrder } from './facts'
import { IdAllocator, instanceName } from './ids'
import { blocks, list, nameTag, num, str } from './instances'

const WORLD = '0.0.0.0/0'
const RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']
/** Resources whose own security groups belong to them, not to the design: the export writes these groups itself. */
const SELF_CONTAINED = new Set(['aws_vpc_endpoint', 'aws_ec2_instance_connect_endpoint'])
const DATA_STORES = new Set(['aws_db_instance', 'aws_elasticache_replication_group', 'aws_elasticache_cluster'])
const LABEL_MAX = 120

type Direction = 'ingress' | 'egress'
/** A rule as read, before the peer group's model id is known. */
type ReadRule = { direction: Direction; rule: Omit<SgRule, 'peer'>; peer: RuleSource | { kind: 'group'; address: string }; from: ResourceInstance }

/**
 * Security groups and their rules: inline `ingress`/`egress` blocks, aws_security_group_rule, and
 * aws_vpc_security_group_ingress_rule/egress_rule. A group used only by VPC endpoints, an Instance
 * Connect endpoint or a NAT instance is part of that component, as are the rules that admit it.
 * Outbound: one rule to 0.0.0.0/0 on every protocol is AWS's default ("all outbound", the model's
 * omitted egress); a group without outbound rules has none (Terraform removes AWS's default),
 * except, in ArchDeck's own export (its facts are there), a group only data stores use, which it
 * writes without rules for the model's default.
 */
export function mapSecurityGroups(ctx: MapContext): SecurityGroup[] {
  const { index, report } = ctx
  const attachments = groupAttachments(ctx)
  const groups = index.ofType('aws_security_group').filter((g) => !ctx.vpc || !g.values.vpc_id || index.target(g.values.vpc_id)?.address === ctx.vpc.address)
  const own = groups.filter((g) => {
    const users = attachments.get(g.address) ?? []
    return users.length === 0 || users.some((u) => !SELF_CONTAINED.has(u.type) && !isNatInstance(u))
  })
  const ids = new IdAllocator()
  for (const g of own) ctx.securityGroupIds.set(g.address, ids.take(instanceName(g.name, g.index)))
  const bastionGroups = new Set([...attachments].filter(([, users]) => users.some(isBastionCandidate)).map(([address]) => address))
  const rules = readRules(ctx, groups)
  for (const g of groups.filter((g) => !own.includes(g))) {
    const part = `part of ${componentOf(attachments.get(g.address)!)}`
    for (const r of [g, ...(rules.get(g.address) ?? []).map((r) => r.from)]) report.understood(r, part)
  }
  const result = own.map((g): SecurityGroup => {
    const id = ctx.securityGroupIds.get(g.address)!
    report.understood(g, `securityGroups[${id}]`)
    const facts = ctx.facts?.securityGroups?.[id]
    const resolve = (direction: Direction): SgRule[] =>
      (rules.get(g.address) ?? [])
        .filter((r) => r.direction === direction)
        .flatMap((r): SgRule[] => {
          if (r.peer.kind !== 'group') {
            report.understood(r.from, `securityGroups[${id}].${direction}`)
            return [{ ...r.rule, peer: r.peer }]
          }
          const peerId = ctx.securityGroupIds.get(r.peer.address)
          const peerGroup = index.get(r.peer.address)
          if (peerId) {
            report.understood(r.from, `securityGroups[${id}].${direction}`)
            return [{ ...r.rule, peer: { kind: 'sg', sgId: peerId } }]
          }
          if (peerGroup && attachments.get(peerGroup.address)?.length) report.understood(r.from, `part of ${componentOf(attachments.get(peerGroup.address)!)}`)
          else report.skipped(r.from, note('skipped.rule-peer-unknown', { peer: r.peer.address }))
          return []
        })
        .map((rule, i) => withRuleFacts(rule, facts?.rules?.[`${direction === 'ingress' ? 'in' : 'out'}_${i + 1}`]))
    const ingress = resolve('ingress')
    let egress: SgRule[] | undefined = resolve('egress')
    const users = attachments.get(g.address) ?? []
    // ArchDeck's export adds HTTPS out for a bastion's updates when the design has none (egress-policy.ts).
    if (ctx.facts && bastionGroups.has(g.address)) egress = withoutUpdateRule(egress)
    if (egress.length === 1 && isAllOutbound(egress[0]!)) egress = undefined
    // ArchDeck's export leaves a data store's "all outbound" unwritten (egress-policy.ts); anyone else's file means none.
    else if (egress.length === 0 && ctx.facts && users.length > 0 && users.every((u) => DATA_STORES.has(u.type)) && !facts?.egressNone) egress = undefined
    return { id, name: ctx.facts?.labels?.securityGroups?.[id] ?? label(nameTag(g) ?? str(g.values.name) ?? id), ingress, ...(egress ? { egress } : {}) }
  })
  return inFactsOrder(result, (sg) => sg.id, ctx.facts?.order?.securityGroups)
}

/** Which resources carry each group (any attribute naming security groups, one block deep). */
function groupAttachments(ctx: MapContext): Map<string, ResourceInstance[]> {
  const users = new Map<string, ResourceInstance[]>()
  const add = (value: TfValue | undefined, instance: ResourceInstance) => {
    for (const target of ctx.index.targets(value))
      if (target.type === 'aws_security_group') users.set(target.address, [...(users.get(target.address) ?? []), instance])
  }
  for (const instance of ctx.index.all) {
    if (instance.mode !== 'managed' || RULE_TYPES.includes(instance.type) || instance.type === 'aws_security_group') continue
    for (const [key, value] of Object.entries(instance.values)) {
      if (/security_groups?(_ids)?$/.test(key)) add(value, instance)
      for (const nested of blocks(value)) for (const [k, v] of Object.entries(nested)) if (/security_groups?(_ids)?$/.test(k)) add(v, instance)
    }
  }
  return users
}

function isNatInstance(instance: ResourceInstance): boolean {
  return instance.type === 'aws_instance' && instance.values.source_dest_check === false
}

function isBastionCandidate(instance: ResourceInstance): boolean {
  return instance.type === 'aws_instance' && !isNatInstance(instance)
}

function componentOf(users: readonly ResourceInstance[]): string {
  if (users.some(isNatInstance)) return 'network.nat'
  if (users.some((u) => u.type === 'aws_ec2_instance_connect_endpoint')) return 'adminAccess.instanceConnectEndpoint'
  return 'network.vpcEndpoints'
}

/** Every rule, grouped by the address of the group it belongs to, inline rules first. */
function readRules(ctx: MapContext, groups: readonly ResourceInstance[]): Map<string, ReadRule[]> {
  const byGroup = new Map<string, ReadRule[]>()
  const add = (groupAddress: string, rules: ReadRule[]) => byGroup.set(groupAddress, [...(byGroup.get(groupAddress) ?? []), ...rules])
  for (const g of groups)
    for (const direction of ['ingress', 'egress'] as const)
      for (const b of blocks(g.values[direction])) add(g.address, legacyRules(ctx, b, direction, g, g))
  for (const r of ctx.index.ofType(...RULE_TYPES)) {
    const group = ctx.index.target(r.values.security_group_id)
    if (!group) {
      ctx.report.skipped(r, note('skipped.rule-group-unknown'))
      continue
    }
    if (r.type === 'aws_security_group_rule') {
      const direction = str(r.values.type) === 'egress' ? 'egress' : 'ingress'
      add(group.address, legacyRules(ctx, { ...r.values, security_groups: r.values.source_security_group_id ?? null }, direction, group, r))
    } else add(group.address, vpcRule(ctx, r, r.type.endsWith('egress_rule') ? 'egress' : 'ingress'))
  }
  return byGroup
}

/** Protocol, ports and description, or why the model cannot hold the rule. */
function ruleBasics(protocolValue: TfValue | undefined, from: TfValue | undefined, to: TfValue | undefined, description: TfValue | undefined): Omit<SgRule, 'peer'> | string {
  const protocol = String(protocolValue ?? '').toLowerCase()
  const text = str(description)?.trim().slice(0, LABEL_MAX).trim()
  const described = text ? { description: text } : {}
  if (protocol === '-1' || protocol === 'all') return { protocol: 'all', fromPort: 0, toPort: 65535, ...described }
  const kind = protocol === '6' || protocol === 'tcp' ? 'tcp' : protocol === '17' || protocol === 'udp' ? 'udp' : undefined
  if (!kind) return `protocol ${protocol || '?'}`
  const fromPort = num(from)
  const toPort = num(to)
  if (fromPort === undefined || toPort === undefined || fromPort < 0 || toPort > 65535 || fromPort > toPort) return 'ports'
  return { protocol: kind, fromPort, toPort, ...described }
}

function legacyRules(ctx: MapContext, b: TfObject, direction: Direction, group: ResourceInstance, from: ResourceInstance): ReadRule[] {
  const basics = ruleBasics(b.protocol, b.from_port, b.to_port, b.description)
  if (typeof basics === 'string') {
    ctx.report.note({ ...note('rule-not-modelled', { rule: basics }), address: from.address })
    if (from !== group) ctx.report.skipped(from, note('skipped.rule-not-modelled', { rule: basics }))
    return []
  }
  const peers: ReadRule['peer'][] = [
    ...list(b.cidr_blocks).flatMap((c) => (typeof c === 'string' ? [{ kind: 'cidr', cidr: c } as const] : [])),
    ...ctx.index.targets(b.security_groups).map((t) => ({ kind: 'group', address: t.address }) as const),
    ...(b.self === true ? [{ kind: 'group', address: group.address } as const] : []),
    ...list(b.prefix_list_ids).flatMap((p) => prefixList(ctx, p, from)),
  ]
  if (peers.length === 0 && list(b.ipv6_cidr_blocks).length > 0) {
    ctx.report.note({ ...note('rule-not-modelled', { rule: 'IPv6' }), address: from.address })
    if (from !== group) ctx.report.skipped(from, note('skipped.rule-not-modelled', { rule: 'IPv6' }))
  }
  return peers.map((peer) => ({ direction, rule: basics, peer, from }))
}

function vpcRule(ctx: MapContext, r: ResourceInstance, direction: Direction): ReadRule[] {
  const v = r.values
  const basics = ruleBasics(v.ip_protocol, v.from_port, v.to_port, v.description)
  const skip = (rule: string) => {
    ctx.report.skipped(r, note('skipped.rule-not-modelled', { rule }))
    return []
  }
  if (typeof basics === 'string') return skip(basics)
  const cidr = str(v.cidr_ipv4)
  if (cidr) return [{ direction, rule: basics, peer: { kind: 'cidr', cidr }, from: r }]
  const group = ctx.index.target(v.referenced_security_group_id)
  if (group) return [{ direction, rule: basics, peer: { kind: 'group', address: group.address }, from: r }]
  if (v.prefix_list_id) return prefixList(ctx, v.prefix_list_id, r).map((peer) => ({ direction, rule: basics, peer, from: r }))
  return skip(v.cidr_ipv6 ? 'IPv6' : 'peer')
}

/** CloudFront's origin-facing prefix list, looked up by name; any other prefix list is not modelled. */
function prefixList(ctx: MapContext, value: TfValue, from: ResourceInstance): RuleSource[] {
  const source = ctx.index.target(value)
  const name = source ? str(source.values.name) : undefined
  const cloudFront = name === CLOUDFRONT_PREFIX_LIST || (isUnknown(value) && (value.refs ?? []).some((r) => r.$ref.includes('cloudfront')))
  if (cloudFront) return [{ kind: 'prefix-list', name: 'cloudfront-origin-facing' }]
  ctx.report.skipped(from, note('skipped.rule-not-modelled', { rule: 'prefix list' }))
  return []
}

/** ArchDeck's facts on a rule: the CIDR's label, and the description as the design had it. */
function withRuleFacts(rule: SgRule, fact: { label?: string; description?: string | null } | undefined): SgRule {
  if (!fact) return rule
  const { description, ...rest } = rule
  const kept = fact.description === null ? undefined : (fact.description ?? description)
  const peer = fact.label !== undefined && rule.peer.kind === 'cidr' ? { ...rule.peer, label: fact.label } : rule.peer
  return { ...rest, ...(kept === undefined ? {} : { description: kept }), peer }
}

function isAllOutbound(rule: SgRule): boolean {
  return rule.protocol === 'all' && rule.peer.kind === 'cidr' && rule.peer.cidr === WORLD
}

function isHttpsOut(rule: SgRule): boolean {
  return (rule.protocol === 'all' || (rule.protocol === 'tcp' && rule.fromPort <= 443 && 443 <= rule.toPort)) && rule.peer.kind === 'cidr' && rule.peer.cidr === WORLD
}

/** The export adds HTTPS out to a bastion whose rules have none, for its updates: the design did not ask for it. */
function withoutUpdateRule(egress: SgRule[]): SgRule[] {
  const update = egress.findIndex((r) => r.protocol === 'tcp' && r.fromPort === 443 && r.toPort === 443 && r.peer.kind === 'cidr' && r.peer.cidr === WORLD && r.description === 'HTTPS for package updates')
  if (update < 0) return egress
  const rest = egress.filter((_, i) => i !== update)
  return rest.some(isHttpsOut) ? egress : rest
}

function label(text: string): string {
  return text.trim().slice(0, LABEL_MAX).trim() || 'security group'
}

