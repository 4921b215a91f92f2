import type { SecurityGroup, SgRule } from '../model'
import { CLOUDFRONT_PREFIX_LIST } from '../security/cloudfront-prefix-list'
import { toSgText } from './aws-text'
import { VPC, nameTag, securityGroupRef, type ExportContext } from './context'
import { listBastionGroupsWithoutUpdates, listDataStoreOnlyGroups } from './egress-policy'
import type { JsonObject } from './json'
import { tfRef, toTerraformName, type TfRef } from './names'

/** A rule of a security group the exporter adds itself (VPC endpoints, NAT instance). */
type GeneratedRule = {
  description: string
  ipProtocol: 'tcp' | '-1'
  ports?: { from: number; to: number }
  cidrIpv4: string
}

/**
 * The config's security groups, each rule a separate aws_vpc_security_group_ingress_rule /
 * egress_rule (groups that refer to each other never form a cycle that way). Omitted egress
 * means "all outbound", which AWS creates by default but Terraform removes, so it is written out,
 * except for groups only data stores use, which get none (egress-policy.ts). A bastion whose
 * outbound rules leave out HTTPS gets it for its updates. Both are noted.
 */
export function addSecurityGroups(ctx: ExportContext): void {
  const names = securityGroupNames(ctx)
  const dataStoreOnly = listDataStoreOnlyGroups(ctx.config)
  const withoutUpdates = new Set(listBastionGroupsWithoutUpdates(ctx.config).map((sg) => sg.id))
  const closed: string[] = []
  for (const sg of ctx.config.securityGroups) {
    const group = ctx.doc.define(securityGroupRef(sg.id), {
      name: names.get(sg.id),
      description: toSgText(sg.name, sg.id),
      vpc_id: VPC.ref('id'),
      tags: nameTag(sg.name, sg.id),
    })
    sg.ingress.forEach((rule, i) => addRule(ctx, 'ingress', group, `${group.name}_in_${i + 1}`, configRuleBody(ctx, rule)))
    if (sg.egress === undefined && dataStoreOnly.has(sg.id)) closed.push(sg.id)
    else if (sg.egress === undefined)
      addRule(ctx, 'egress', group, `${group.name}_out_all`, { description: 'All outbound traffic', ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' })
    else sg.egress.forEach((rule, i) => addRule(ctx, 'egress', group, `${group.name}_out_${i + 1}`, configRuleBody(ctx, rule)))
    if (withoutUpdates.has(sg.id))
      addRule(ctx, 'egress', group, `${group.name}_out_https_updates`, { description: 'HTTPS for package updates', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' })
  }
  if (closed.length > 0)
    ctx.doc.note(`${closed.map((id) => `"${id}"`).join(', ')}: no outbound rule, since only data stores use ${closed.length === 1 ? 'it' : 'them'} (they answer connections and open none); the config's "all outbound" default was not written.`)
  if (withoutUpdates.size > 0)
    ctx.doc.note(`${[...withoutUpdates].map((id) => `"${id}"`).join(', ')}: outbound HTTPS (443) to the internet was added so the bastion can install updates; the config's outbound rules had none.`)
}

/** A security group that is not in the config; its resource name avoids the config's. */
export function addGeneratedSecurityGroup(
  ctx: ExportContext,
  baseName: string,
  options: { description: string; ingress: readonly GeneratedRule[]; egress: readonly GeneratedRule[] },
): TfRef {
  const taken = new Set(ctx.config.securityGroups.map((sg) => toTerraformName(sg.id)))
  let name = baseName
  for (let n = 2; taken.has(name); n++) name = `${baseName}_${n}`
  const group = ctx.doc.define(tfRef('aws_security_group', name), {
    name: ctx.names.claim('sg', baseName.replace(/_/g, '-'), 255),
    description: options.description,
    vpc_id: VPC.ref('id'),
    tags: nameTag(`${ctx.config.name} ${baseName.replace(/_/g, ' ')}`, name),
  })
  options.ingress.forEach((rule, i) => addRule(ctx, 'ingress', group, `${name}_in_${i + 1}`, generatedRuleBody(rule)))
  options.egress.forEach((rule, i) => addRule(ctx, 'egress', group, `${name}_out_${i + 1}`, generatedRuleBody(rule)))
  return group
}

function addRule(ctx: ExportContext, direction: 'ingress' | 'egress', group: TfRef, name: string, body: JsonObject): void {
  ctx.doc.resource(`aws_vpc_security_group_${direction}_rule`, name, { security_group_id: group.ref('id'), ...body })
}

function configRuleBody(ctx: ExportContext, rule: SgRule): JsonObject {
  const all = rule.protocol === 'all'
  const { peer } = rule
  const label = rule.description ?? (peer.kind === 'cidr' ? peer.label : undefined)
  return {
    description: label === undefined ? undefined : toSgText(label, '') || undefined,
    ip_protocol: all ? '-1' : rule.protocol,
    // AWS ignores ports for protocol -1 and the provider rejects them.
    from_port: all ? undefined : rule.fromPort,
    to_port: all ? undefined : rule.toPort,
    cidr_ipv4: peer.kind === 'cidr' ? peer.cidr : undefined,
    referenced_security_group_id: peer.kind === 'sg' ? securityGroupRef(peer.sgId).ref('id') : undefined,
    prefix_list_id: peer.kind === 'prefix-list' ? cloudFrontOriginFacing(ctx).ref('id') : undefined,
  }
}

/**
 * AWS's managed prefix list of CloudFront's origin-facing servers, looked up by name: a rule that
 * admits it lets only CloudFront reach the origin (CloudFront Developer Guide, "Use the CloudFront
 * managed prefix list"). It counts as 55 rules against the group's quota (its weight).
 */
function cloudFrontOriginFacing(ctx: ExportContext): TfRef {
  return ctx.doc.data('aws_ec2_managed_prefix_list', 'cloudfront_origin_facing', { name: CLOUDFRONT_PREFIX_LIST })
}

function generatedRuleBody(rule: GeneratedRule): JsonObject {
  return {
    description: rule.description,
    ip_protocol: rule.ipProtocol,
    from_port: rule.ports?.from,
    to_port: rule.ports?.to,
    cidr_ipv4: rule.cidrIpv4,
  }
}

/**
 * Group names must be unique in a VPC, use EC2's character set and not start with "sg-": the
 * config name when it qualifies, else `<project>-<id>`.
 */
function securityGroupNames(ctx: ExportContext): Map<string, string> {
  const wanted = ctx.config.securityGroups.map((sg: SecurityGroup) => [sg.id, toSgText(sg.name, '')] as const)
  const counts = new Map<string, number>()
  for (const [, name] of wanted) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1)
  return new Map(
    wanted.map(([id, name]) => {
      const usable = name !== '' && counts.get(name.toLowerCase()) === 1 && !/^sg-/i.test(name)
      return [id, usable ? name : ctx.names.claim('sg', id, 255)]
    }),
  )
}
